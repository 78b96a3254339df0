package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CATEGORY_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_MENUITEM_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryDetails;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemDetails;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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

/** The menu on PostgreSQL: {@code delivery_category_c} and {@code delivery_menuitem_c}. */
public final class JooqMenuRepository implements MenuRepository {

    private static final Field<Boolean> CATEGORY_HAS_PICTURE = field(DELIVERY_CATEGORY_C.PICTURE.isNotNull());
    private static final Field<Boolean> ITEM_HAS_PICTURE = field(DELIVERY_MENUITEM_C.PICTURE.isNotNull());
    private static final Condition CATEGORY_ON_MENU = DELIVERY_CATEGORY_C.RETIRED_AT.isNull();
    private static final Condition ITEM_ON_MENU = DELIVERY_MENUITEM_C.RETIRED_AT.isNull();

    private final JooqUnitOfWork db;
    private final Currency currency;

    JooqMenuRepository(JooqUnitOfWork db, Currency currency) {
        this.db = Objects.requireNonNull(db, "db");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    @Override
    public List<Category> categories() {
        return db.dsl()
                .select(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID, DELIVERY_CATEGORY_C.NAME,
                        DELIVERY_CATEGORY_C.DESCRIPTION, CATEGORY_HAS_PICTURE)
                .from(DELIVERY_CATEGORY_C)
                .where(CATEGORY_ON_MENU)
                .orderBy(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID)
                .fetch(mapping(JooqMenuRepository::toCategory));
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return selectCategory(id).fetchOptional(mapping(JooqMenuRepository::toCategory));
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
        return selectItems()
                .where(itemOnMenu(id))
                .fetchOptional(mapping(this::toMenuItem));
    }

    @Override
    public Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return selectItems()
                .where(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID.in(ids.stream().map(MenuItemId::value).toList()))
                .and(ITEM_ON_MENU)
                .fetch(mapping(this::toMenuItem))
                .stream()
                .collect(Collectors.toUnmodifiableMap(MenuItem::id, item -> item));
    }

    @Override
    public Optional<Picture> pictureOf(CategoryId id) {
        return picture(DELIVERY_CATEGORY_C.PICTURE, categoryOnMenu(id));
    }

    @Override
    public Optional<Picture> pictureOf(MenuItemId id) {
        return picture(DELIVERY_MENUITEM_C.PICTURE, itemOnMenu(id));
    }

    @Override
    public Category add(NewCategory category) {
        Integer id = db.dsl()
                .insertInto(DELIVERY_CATEGORY_C)
                .set(DELIVERY_CATEGORY_C.NAME, category.name())
                .set(DELIVERY_CATEGORY_C.DESCRIPTION, category.description())
                .set(DELIVERY_CATEGORY_C.PICTURE, category.picture().map(Picture::bytes).orElse(null))
                .returning(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID)
                .fetchSingle(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID);
        return new Category(new CategoryId(id), category.name(), category.description(),
                category.picture().isPresent());
    }

    @Override
    public MenuItem add(NewMenuItem item) {
        requireCategoryOnMenu(item.categoryId());
        Integer id = db.dsl()
                .insertInto(DELIVERY_MENUITEM_C)
                .set(DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID, item.categoryId().value())
                .set(DELIVERY_MENUITEM_C.NAME, item.name())
                .set(DELIVERY_MENUITEM_C.DESCRIPTION, item.description())
                .set(DELIVERY_MENUITEM_C.PRICE, item.price().amount())
                .set(DELIVERY_MENUITEM_C.PICTURE, item.picture().map(Picture::bytes).orElse(null))
                .returning(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID)
                .fetchSingle(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID);
        return new MenuItem(new MenuItemId(id), item.categoryId(), item.name(), item.description(),
                item.price(), true, item.picture().isPresent());
    }

    @Override
    public Optional<Category> lockCategory(CategoryId id) {
        return selectCategory(id).forUpdate().fetchOptional(mapping(JooqMenuRepository::toCategory));
    }

    @Override
    public Category change(CategoryId id, CategoryDetails details) {
        // Conditional on still being on the menu, so a concurrent removal cannot be undone by a rename.
        return db.dsl()
                .update(DELIVERY_CATEGORY_C)
                .set(DELIVERY_CATEGORY_C.NAME, details.name())
                .set(DELIVERY_CATEGORY_C.DESCRIPTION, details.description())
                .where(categoryOnMenu(id))
                .returningResult(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID, DELIVERY_CATEGORY_C.NAME,
                        DELIVERY_CATEGORY_C.DESCRIPTION, CATEGORY_HAS_PICTURE)
                .fetchOptional(mapping(JooqMenuRepository::toCategory))
                .orElseThrow(() -> new NotFoundException("category", id));
    }

    @Override
    public void replacePicture(CategoryId id, Picture picture) {
        int changed = db.dsl()
                .update(DELIVERY_CATEGORY_C)
                .set(DELIVERY_CATEGORY_C.PICTURE, picture.bytes())
                .where(categoryOnMenu(id))
                .execute();
        if (changed == 0) {
            throw new NotFoundException("category", id);
        }
    }

    @Override
    public void remove(CategoryId id) {
        OffsetDateTime now = db.dsl().select(currentOffsetDateTime()).fetchSingle().value1();
        int removed = db.dsl()
                .update(DELIVERY_CATEGORY_C)
                .set(DELIVERY_CATEGORY_C.RETIRED_AT, now)
                .where(categoryOnMenu(id))
                .execute();
        if (removed == 0) {
            throw new NotFoundException("category", id);
        }
        db.dsl()
                .update(DELIVERY_MENUITEM_C)
                .set(DELIVERY_MENUITEM_C.RETIRED_AT, now)
                .where(DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID.eq(id.value()))
                .and(ITEM_ON_MENU)
                .execute();
    }

    @Override
    public MenuItem change(MenuItemId id, MenuItemDetails details) {
        if (!db.dsl().fetchExists(DELIVERY_MENUITEM_C, itemOnMenu(id))) {
            throw new NotFoundException("menu item", id);
        }
        requireCategoryOnMenu(details.categoryId());
        return db.dsl()
                .update(DELIVERY_MENUITEM_C)
                .set(DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID, details.categoryId().value())
                .set(DELIVERY_MENUITEM_C.NAME, details.name())
                .set(DELIVERY_MENUITEM_C.DESCRIPTION, details.description())
                .set(DELIVERY_MENUITEM_C.PRICE, details.price().amount())
                .set(DELIVERY_MENUITEM_C.AVAILABLE, details.available())
                .where(itemOnMenu(id))
                .returningResult(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID, DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_MENUITEM_C.NAME, DELIVERY_MENUITEM_C.DESCRIPTION, DELIVERY_MENUITEM_C.PRICE,
                        DELIVERY_MENUITEM_C.AVAILABLE, ITEM_HAS_PICTURE)
                .fetchOptional(mapping(this::toMenuItem))
                // Retired between the check and the update by a concurrent transaction.
                .orElseThrow(() -> new NotFoundException("menu item", id));
    }

    @Override
    public void replacePicture(MenuItemId id, Picture picture) {
        int changed = db.dsl()
                .update(DELIVERY_MENUITEM_C)
                .set(DELIVERY_MENUITEM_C.PICTURE, picture.bytes())
                .where(itemOnMenu(id))
                .execute();
        if (changed == 0) {
            throw new NotFoundException("menu item", id);
        }
    }

    @Override
    public void retire(MenuItemId id) {
        int retired = db.dsl()
                .update(DELIVERY_MENUITEM_C)
                .set(DELIVERY_MENUITEM_C.RETIRED_AT, currentOffsetDateTime())
                .where(itemOnMenu(id))
                .execute();
        if (retired == 0) {
            throw new NotFoundException("menu item", id);
        }
    }

    private SelectConditionStep<Record4<Integer, String, String, Boolean>> selectCategory(CategoryId id) {
        return db.dsl()
                .select(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID, DELIVERY_CATEGORY_C.NAME,
                        DELIVERY_CATEGORY_C.DESCRIPTION, CATEGORY_HAS_PICTURE)
                .from(DELIVERY_CATEGORY_C)
                .where(categoryOnMenu(id));
    }

    /**
     * Shares the category's row lock, so the category cannot be removed while an item is being
     * put into it; the foreign key alone would not stop a removal, which keeps the row.
     */
    private void requireCategoryOnMenu(CategoryId id) {
        boolean onMenu = db.dsl()
                .select(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID)
                .from(DELIVERY_CATEGORY_C)
                .where(categoryOnMenu(id))
                .forShare()
                .fetchOptional()
                .isPresent();
        if (!onMenu) {
            throw new NotFoundException("category", id);
        }
    }

    private static Condition categoryOnMenu(CategoryId id) {
        return DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID.eq(id.value()).and(CATEGORY_ON_MENU);
    }

    private static Condition itemOnMenu(MenuItemId id) {
        return DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID.eq(id.value()).and(ITEM_ON_MENU);
    }

    private SelectJoinStep<Record7<Integer, Integer, String, String, BigDecimal, Boolean, Boolean>> selectItems() {
        return db.dsl()
                .select(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID, DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_MENUITEM_C.NAME, DELIVERY_MENUITEM_C.DESCRIPTION, DELIVERY_MENUITEM_C.PRICE,
                        DELIVERY_MENUITEM_C.AVAILABLE, ITEM_HAS_PICTURE)
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

    private static Category toCategory(Integer id, String name, String description, Boolean hasPicture) {
        return new Category(new CategoryId(id), name, Objects.requireNonNullElse(description, ""), hasPicture);
    }

    private MenuItem toMenuItem(Integer id, Integer categoryId, String name, String description, BigDecimal price,
                                Boolean available, Boolean hasPicture) {
        return new MenuItem(new MenuItemId(id), new CategoryId(categoryId), name,
                Objects.requireNonNullElse(description, ""), new Money(price, currency), available, hasPicture);
    }
}
