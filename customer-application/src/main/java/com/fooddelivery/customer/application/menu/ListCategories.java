package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Lists the menu's categories for anyone browsing the menu, signed in or not. */
public class ListCategories {

    private final MenuRepository menu;

    /** @param menu where the menu is kept */
    @Inject
    public ListCategories(MenuRepository menu) {
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /**
     * Every category, by id. A single read, so it needs no transaction of its own.
     *
     * @return the categories
     */
    public Result list() {
        return new Result(menu.categories());
    }

    /**
     * The categories of the menu.
     *
     * @param categories by id
     */
    public record Result(List<Category> categories) {

        /**
         * Copies the categories, so the result cannot change under its reader.
         *
         * @param categories by id
         */
        public Result {
            categories = List.copyOf(categories);
        }
    }
}
