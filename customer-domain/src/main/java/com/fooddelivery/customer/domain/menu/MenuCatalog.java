package com.fooddelivery.customer.domain.menu;

import java.util.List;
import java.util.Optional;

/** The menu as customers browse it; lists never carry picture bytes, which are fetched one at a time. */
public interface MenuCatalog {

    /** Every category, by id. */
    List<Category> categories();

    /** The category with this id, if it exists. */
    Optional<Category> category(CategoryId id);

    /** The items of a category that can be ordered now, by id. */
    List<MenuItem> availableItemsIn(CategoryId id);

    /** The item, whether or not it is available. */
    Optional<MenuItem> item(MenuItemId id);

    /** The picture of a category, if the category exists and has one. */
    Optional<Picture> pictureOf(CategoryId id);

    /** The picture of a menu item, if the item exists and has one. */
    Optional<Picture> pictureOf(MenuItemId id);
}
