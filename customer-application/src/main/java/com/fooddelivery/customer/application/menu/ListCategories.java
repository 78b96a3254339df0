package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuCatalog;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Lists the menu's categories for anyone browsing the menu, signed in or not. */
public class ListCategories {

    private final MenuCatalog menu;
    private final MenuReadCache<Boolean, Result> reads;

    @Inject
    public ListCategories(MenuCatalog menu, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.reads = new MenuReadCache<>(Objects.requireNonNull(freshness, "freshness"));
    }

    /** Every category, as read at most {@link MenuFreshness#maxAge()} ago; one read, so no transaction. */
    public Result list() {
        return reads.get(Boolean.TRUE, () -> new Result(menu.categories()));
    }

    /** The categories of the menu. */
    public record Result(List<Category> categories) {

        public Result {
            categories = List.copyOf(categories);
        }
    }
}
