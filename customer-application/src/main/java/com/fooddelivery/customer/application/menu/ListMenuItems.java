package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Lists what can be ordered from one category of the menu. */
public class ListMenuItems {

    private final MenuCatalog menu;
    private final UnitOfWork unitOfWork;
    private final MenuReadCache<CategoryId, Result> reads;

    /**
     * @param menu       where the menu is kept
     * @param unitOfWork reads the category and its items as one consistent snapshot
     * @param freshness  how old the list shown may be
     */
    @Inject
    public ListMenuItems(MenuCatalog menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.reads = new MenuReadCache<>(Objects.requireNonNull(freshness, "freshness"));
    }

    /**
     * The available items of the category, as read at most {@link MenuFreshness#maxAge()} ago.
     *
     * @param query which category
     * @return the category and its available items
     * @throws NotFoundException when the category does not exist
     */
    public Result list(Query query) {
        return reads.get(
                query.categoryId(),
                () -> unitOfWork.inTransaction(() -> {
                    Category category = menu.category(query.categoryId())
                            .orElseThrow(() -> new NotFoundException("category", query.categoryId()));
                    return new Result(category, menu.availableItemsIn(category.id()));
                }));
    }

    /**
     * Which category to list.
     *
     * @param categoryId an existing category's id
     */
    public record Query(CategoryId categoryId) {

        /**
         * Requires the category.
         *
         * @param categoryId an existing category's id
         */
        public Query {
            Objects.requireNonNull(categoryId, "categoryId");
        }
    }

    /**
     * A category and its orderable items.
     *
     * @param category the category listed
     * @param items    its available items, by id
     */
    public record Result(Category category, List<MenuItem> items) {

        /**
         * Requires the category and copies the items, so the result cannot change under its reader.
         *
         * @param category the category listed
         * @param items its available items, by id
         */
        public Result {
            Objects.requireNonNull(category, "category");
            items = List.copyOf(items);
        }
    }
}
