package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CATEGORY_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_MENUITEM_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.param;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Record7;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.TableField;

/**
 * The menu's reads: what is on it (rows not retired), the items' current prices and the pictures.
 * The writes in {@link JooqMenuRepository} share its row mapping and its notion of "on the menu".
 */
final class JooqMenuReads implements MenuCatalog, MenuPrices {

    static final Field<Boolean> CATEGORY_HAS_PICTURE = field(DELIVERY_CATEGORY_C.PICTURE.isNotNull());
    static final Field<Boolean> ITEM_HAS_PICTURE = field(DELIVERY_MENUITEM_C.PICTURE.isNotNull());
    private static final Condition CATEGORY_ON_MENU = DELIVERY_CATEGORY_C.RETIRED_AT.isNull();
    static final Condition ITEM_ON_MENU = DELIVERY_MENUITEM_C.RETIRED_AT.isNull();

    private final JooqUnitOfWork db;
    private final Currency currency;

    JooqMenuReads(JooqUnitOfWork db, Currency currency) {
        this.db = Objects.requireNonNull(db, "db");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    @Override
    public List<Category> categories() {
        return db.dsl()
                .select(
                        DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_CATEGORY_C.NAME,
                        DELIVERY_CATEGORY_C.DESCRIPTION,
                        CATEGORY_HAS_PICTURE)
                .from(DELIVERY_CATEGORY_C)
                .where(CATEGORY_ON_MENU)
                .orderBy(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID)
                .fetch(mapping(JooqMenuReads::toCategory));
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return selectCategory(id).fetchOptional(mapping(JooqMenuReads::toCategory));
    }

    @Override
    public List<MenuItem> availableItemsIn(CategoryId id) {
        return selectItems()
                .where(DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID.eq(id.value()))
                .and(DELIVERY_MENUITEM_C.AVAILABLE)
                .and(ITEM_ON_MENU)
                .orderBy(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID)
                .fetch(mapping(this::toMenuItem));
    }

    @Override
    public Optional<MenuItem> item(MenuItemId id) {
        return selectItems().where(itemOnMenu(id)).fetchOptional(mapping(this::toMenuItem));
    }

    @Override
    public Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return selectItems()
                .where(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID.in(
                        ids.stream().map(MenuItemId::value).toList()))
                .and(ITEM_ON_MENU)
                .fetch(mapping(this::toMenuItem))
                .stream()
                .collect(Collectors.toUnmodifiableMap(MenuItem::id, item -> item));
    }

    /**
     * The items on the menu among an {@code integer[]} of ids, as SQL with one placeholder, for a caller that
     * sends it with other statements; its rows are read by {@link #toMenuItem}, column by column.
     */
    String itemsOnMenuAmong() {
        return db.dsl()
                .render(selectItems()
                        .where(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID.eq(any(param("ids", Integer[].class))))
                        .and(ITEM_ON_MENU));
    }

    @Override
    public Optional<Picture> pictureOf(CategoryId id) {
        return picture(DELIVERY_CATEGORY_C.PICTURE, categoryOnMenu(id));
    }

    @Override
    public Optional<Picture> pictureOf(MenuItemId id) {
        return picture(DELIVERY_MENUITEM_C.PICTURE, itemOnMenu(id));
    }

    SelectConditionStep<Record4<Integer, String, String, Boolean>> selectCategory(CategoryId id) {
        return db.dsl()
                .select(
                        DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_CATEGORY_C.NAME,
                        DELIVERY_CATEGORY_C.DESCRIPTION,
                        CATEGORY_HAS_PICTURE)
                .from(DELIVERY_CATEGORY_C)
                .where(categoryOnMenu(id));
    }

    static Condition categoryOnMenu(CategoryId id) {
        return DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID.eq(id.value()).and(CATEGORY_ON_MENU);
    }

    static Condition itemOnMenu(MenuItemId id) {
        return DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID.eq(id.value()).and(ITEM_ON_MENU);
    }

    private SelectJoinStep<Record7<Integer, Integer, String, String, BigDecimal, Boolean, Boolean>> selectItems() {
        return db.dsl()
                .select(
                        DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID,
                        DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_MENUITEM_C.NAME,
                        DELIVERY_MENUITEM_C.DESCRIPTION,
                        DELIVERY_MENUITEM_C.PRICE,
                        DELIVERY_MENUITEM_C.AVAILABLE,
                        ITEM_HAS_PICTURE)
                .from(DELIVERY_MENUITEM_C);
    }

    private Optional<Picture> picture(TableField<?, byte[]> column, Condition owner) {
        return db.dsl()
                .select(column)
                .from(column.getTable())
                .where(owner)
                .and(column.isNotNull())
                .fetchOptional(column)
                .map(Picture::of);
    }

    static Category toCategory(Integer id, String name, String description, Boolean hasPicture) {
        return new Category(new CategoryId(id), name, Objects.requireNonNullElse(description, ""), hasPicture);
    }

    MenuItem toMenuItem(
            Integer id,
            Integer categoryId,
            String name,
            String description,
            BigDecimal price,
            Boolean available,
            Boolean hasPicture) {
        return new MenuItem(
                new MenuItemId(id),
                new CategoryId(categoryId),
                name,
                Objects.requireNonNullElse(description, ""),
                new Money(price, currency),
                available,
                hasPicture);
    }
}
