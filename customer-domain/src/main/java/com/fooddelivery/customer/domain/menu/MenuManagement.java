package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.util.Optional;

/**
 * The menu as the menu-management service changes it; a {@link MenuCatalog} too, since changes read first.
 * Removed categories and retired items stay stored for old orders but are never returned; changing one
 * throws {@link NotFoundException}.
 */
public interface MenuManagement extends MenuCatalog {

    /** Stores a new category. */
    Category add(NewCategory category);

    /** Stores a new, available menu item; {@link NotFoundException} when its category is gone. */
    MenuItem add(NewMenuItem item);

    /** The category, locked until the transaction ends so nobody changes it or adds to it meanwhile. */
    Optional<Category> lockCategory(CategoryId id);

    /** Replaces a category's name and description. */
    Category change(CategoryId id, CategoryDetails details);

    /** Replaces the picture of a category, or gives it one. */
    void replacePicture(CategoryId id, Picture picture);

    /** Removes a category, retiring its items; the caller checks under {@link #lockCategory} that none is available. */
    void remove(CategoryId id);

    /** Replaces everything about a menu item but its picture; {@link NotFoundException} when the category is gone. */
    MenuItem change(MenuItemId id, MenuItemDetails details);

    /** Replaces the picture of a menu item, or gives it one. */
    void replacePicture(MenuItemId id, Picture picture);

    /** Takes a menu item off the menu for good; it stays stored for the orders that name it. */
    void retire(MenuItemId id);
}
