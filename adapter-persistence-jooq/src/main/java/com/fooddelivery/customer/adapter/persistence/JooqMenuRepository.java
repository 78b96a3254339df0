package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.JooqMenuReads.CATEGORY_HAS_PICTURE;
import static com.fooddelivery.customer.adapter.persistence.JooqMenuReads.ITEM_HAS_PICTURE;
import static com.fooddelivery.customer.adapter.persistence.JooqMenuReads.ITEM_ON_MENU;
import static com.fooddelivery.customer.adapter.persistence.JooqMenuReads.categoryOnMenu;
import static com.fooddelivery.customer.adapter.persistence.JooqMenuReads.itemOnMenu;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CATEGORY_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_MENUITEM_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.currentOffsetDateTime;

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
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The menu on PostgreSQL: {@code delivery_category_c} and {@code delivery_menuitem_c}. Writes here;
 * reads go to {@link JooqMenuReads}, so one object still serves every menu port.
 */
public final class JooqMenuRepository implements MenuRepository {

    private final JooqUnitOfWork db;
    private final JooqMenuReads reads;

    JooqMenuRepository(JooqUnitOfWork db, Currency currency) {
        this.db = Objects.requireNonNull(db, "db");
        this.reads = new JooqMenuReads(db, currency);
    }

    @Override
    public List<Category> categories() {
        return reads.categories();
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return reads.category(id);
    }

    @Override
    public List<MenuItem> availableItemsIn(CategoryId id) {
        return reads.availableItemsIn(id);
    }

    @Override
    public Optional<MenuItem> item(MenuItemId id) {
        return reads.item(id);
    }

    @Override
    public Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids) {
        return reads.items(ids);
    }

    @Override
    public Optional<Picture> pictureOf(CategoryId id) {
        return reads.pictureOf(id);
    }

    @Override
    public Optional<Picture> pictureOf(MenuItemId id) {
        return reads.pictureOf(id);
    }

    @Override
    public Category add(NewCategory category) {
        Integer id = db.dsl()
                .insertInto(DELIVERY_CATEGORY_C)
                .set(DELIVERY_CATEGORY_C.NAME, category.name())
                .set(DELIVERY_CATEGORY_C.DESCRIPTION, category.description())
                .set(
                        DELIVERY_CATEGORY_C.PICTURE,
                        category.picture().map(Picture::bytes).orElse(null))
                .returning(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID)
                .fetchSingle(DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID);
        return new Category(
                new CategoryId(id),
                category.name(),
                category.description(),
                category.picture().isPresent());
    }

    @Override
    public MenuItem add(NewMenuItem item) {
        requireCategoryOnMenu(item.categoryId());
        Integer id = db.dsl()
                .insertInto(DELIVERY_MENUITEM_C)
                .set(
                        DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID,
                        item.categoryId().value())
                .set(DELIVERY_MENUITEM_C.NAME, item.name())
                .set(DELIVERY_MENUITEM_C.DESCRIPTION, item.description())
                .set(DELIVERY_MENUITEM_C.PRICE, item.price().amount())
                .set(
                        DELIVERY_MENUITEM_C.PICTURE,
                        item.picture().map(Picture::bytes).orElse(null))
                .returning(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID)
                .fetchSingle(DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID);
        return new MenuItem(
                new MenuItemId(id),
                item.categoryId(),
                item.name(),
                item.description(),
                item.price(),
                true,
                item.picture().isPresent());
    }

    @Override
    public Optional<Category> lockCategory(CategoryId id) {
        return reads.selectCategory(id).forUpdate().fetchOptional(mapping(JooqMenuReads::toCategory));
    }

    @Override
    public Category change(CategoryId id, CategoryDetails details) {
        // Conditional on still being on the menu, so a concurrent removal cannot be undone by a rename.
        return db.dsl()
                .update(DELIVERY_CATEGORY_C)
                .set(DELIVERY_CATEGORY_C.NAME, details.name())
                .set(DELIVERY_CATEGORY_C.DESCRIPTION, details.description())
                .where(categoryOnMenu(id))
                .returningResult(
                        DELIVERY_CATEGORY_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_CATEGORY_C.NAME,
                        DELIVERY_CATEGORY_C.DESCRIPTION,
                        CATEGORY_HAS_PICTURE)
                .fetchOptional(mapping(JooqMenuReads::toCategory))
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
        OffsetDateTime now =
                db.dsl().select(currentOffsetDateTime()).fetchSingle().value1();
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
                .set(
                        DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID,
                        details.categoryId().value())
                .set(DELIVERY_MENUITEM_C.NAME, details.name())
                .set(DELIVERY_MENUITEM_C.DESCRIPTION, details.description())
                .set(DELIVERY_MENUITEM_C.PRICE, details.price().amount())
                .set(DELIVERY_MENUITEM_C.AVAILABLE, details.available())
                .where(itemOnMenu(id))
                .returningResult(
                        DELIVERY_MENUITEM_C.DELIVERY_MENUITEM_C_ID,
                        DELIVERY_MENUITEM_C.DELIVERY_CATEGORY_C_ID,
                        DELIVERY_MENUITEM_C.NAME,
                        DELIVERY_MENUITEM_C.DESCRIPTION,
                        DELIVERY_MENUITEM_C.PRICE,
                        DELIVERY_MENUITEM_C.AVAILABLE,
                        ITEM_HAS_PICTURE)
                .fetchOptional(mapping(reads::toMenuItem))
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
}
