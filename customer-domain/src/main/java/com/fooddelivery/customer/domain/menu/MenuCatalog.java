package com.fooddelivery.customer.domain.menu;

import java.util.List;
import java.util.Optional;

/**
 * The menu as customers browse it: categories, the items that can be ordered now, one item, and
 * pictures. Lists never carry picture bytes; pictures are fetched one at a time. Removed categories
 * and retired items are gone to every reader.
 */
public interface MenuCatalog {

    /**
     * Every category, in a stable order (by id).
     *
     * @return the categories on the menu; empty when there are none
     */
    List<Category> categories();

    /**
     * The category with this id, if it exists.
     *
     * @param id the category's id
     * @return the category, or empty when it is not on the menu
     */
    Optional<Category> category(CategoryId id);

    /**
     * The items of a category that can be ordered now, by id; empty for an unknown category.
     *
     * @param id the category's id
     * @return the items a customer may order now
     */
    List<MenuItem> availableItemsIn(CategoryId id);

    /**
     * The item with this id, whether or not it is available.
     *
     * @param id the item's id
     * @return the item, or empty when it never existed or was retired
     */
    Optional<MenuItem> item(MenuItemId id);

    /**
     * The picture of a category, if the category exists and has one.
     *
     * @param id the category's id
     * @return the picture, or empty
     */
    Optional<Picture> pictureOf(CategoryId id);

    /**
     * The picture of a menu item, if the item exists and has one.
     *
     * @param id the item's id
     * @return the picture, or empty
     */
    Optional<Picture> pictureOf(MenuItemId id);
}
