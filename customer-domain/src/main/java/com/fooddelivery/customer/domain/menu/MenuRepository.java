package com.fooddelivery.customer.domain.menu;

import java.util.List;
import java.util.Optional;

/**
 * The menu as the application needs to read and extend it. Lists never carry picture bytes;
 * pictures are fetched one at a time.
 */
public interface MenuRepository {

    /** Every category, in a stable order (by id). */
    List<Category> categories();

    /** The category with this id, if it exists. */
    Optional<Category> category(CategoryId id);

    /** The items of a category that can be ordered now, by id; empty for an unknown category. */
    List<MenuItem> availableItemsIn(CategoryId id);

    /** The item with this id, whether or not it is available. */
    Optional<MenuItem> item(MenuItemId id);

    /** The picture of a category, if the category exists and has one. */
    Optional<Picture> pictureOf(CategoryId id);

    /** The picture of a menu item, if the item exists and has one. */
    Optional<Picture> pictureOf(MenuItemId id);

    /** Stores a new category and returns it with its assigned id. */
    Category add(NewCategory category);

    /**
     * Stores a new menu item and returns it with its assigned id; it is available at once.
     * The category must exist.
     */
    MenuItem add(NewMenuItem item);
}
