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

    @Inject
    public ListMenuItems(MenuCatalog menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.reads = new MenuReadCache<>(Objects.requireNonNull(freshness, "freshness"));
    }

    /** The category's available items, read in one snapshot at most {@link MenuFreshness#maxAge()} ago. */
    public Result list(Query query) {
        return reads.get(
                query.categoryId(),
                () -> unitOfWork.inTransaction(() -> {
                    Category category = menu.category(query.categoryId())
                            .orElseThrow(() -> new NotFoundException("category", query.categoryId()));
                    return new Result(category, menu.availableItemsIn(category.id()));
                }));
    }

    /** Which category to list. */
    public record Query(CategoryId categoryId) {
        public Query {
            Objects.requireNonNull(categoryId, "categoryId");
        }
    }

    /** A category and its orderable items. */
    public record Result(Category category, List<MenuItem> items) {

        public Result {
            Objects.requireNonNull(category, "category");
            items = List.copyOf(items);
        }
    }
}
