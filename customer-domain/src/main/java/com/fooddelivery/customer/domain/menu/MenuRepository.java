package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * The menu as the application needs to read and keep it. Lists never carry picture bytes;
 * pictures are fetched one at a time.
 *
 * <p>Removed categories and retired items stay stored, so that orders placed before keep what they
 * refer to, but no method of this port returns them or changes them again: to every reader they are
 * gone. Methods that change an existing category or item throw {@link NotFoundException} when it
 * does not exist or is gone.
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
     * The category must be on the menu, else {@link NotFoundException}.
     */
    MenuItem add(NewMenuItem item);

    /**
     * The category, if it is on the menu, locked until the current transaction ends: nobody else
     * can remove or change it, or add an item to it, meanwhile. Outside a transaction this is
     * a plain read.
     */
    Optional<Category> lockCategory(CategoryId id);

    /** Replaces the name and description of a category and returns it as it is now. */
    Category change(CategoryId id, CategoryDetails details);

    /** Replaces the picture of a category, or gives it one. */
    void replacePicture(CategoryId id, Picture picture);

    /**
     * Takes a category off the menu, and retires the items still listed in it. Whether it may be
     * removed (it should hold no available item) is the caller's rule to check under
     * {@link #lockCategory}.
     */
    void remove(CategoryId id);

    /**
     * Replaces everything about a menu item but its picture and returns it as it is now. The
     * target category must be on the menu, else {@link NotFoundException} for the category.
     */
    MenuItem change(MenuItemId id, MenuItemDetails details);

    /** Replaces the picture of a menu item, or gives it one. */
    void replacePicture(MenuItemId id, Picture picture);

    /** Takes a menu item off the menu for good; its row stays for the orders that name it. */
    void retire(MenuItemId id);
}
