package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.util.Optional;

/**
 * The menu as the menu-management service keeps it: adding, changing, re-picturing, removing and
 * retiring. Managing needs reading (an item is changed as it stands, a category is removed once no
 * item in it is available), so this port is also a {@link MenuCatalog}.
 *
 * <p>Removed categories and retired items stay stored, so that orders placed before keep what they
 * refer to, but no method returns them or changes them again. Methods that change an existing
 * category or item throw {@link NotFoundException} when it does not exist or is gone.
 */
public interface MenuManagement extends MenuCatalog {

    /**
     * Stores a new category and returns it with its assigned id.
     *
     * @param category the category to store
     * @return the stored category
     */
    Category add(NewCategory category);

    /**
     * Stores a new menu item and returns it with its assigned id; it is available at once.
     * The category must be on the menu, else {@link NotFoundException}.
     *
     * @param item the item to store
     * @return the stored item
     */
    MenuItem add(NewMenuItem item);

    /**
     * The category, if it is on the menu, locked until the current transaction ends: nobody else
     * can remove or change it, or add an item to it, meanwhile. Outside a transaction this is
     * a plain read.
     *
     * @param id the category's id
     * @return the category, or empty when it is not on the menu
     */
    Optional<Category> lockCategory(CategoryId id);

    /**
     * Replaces the name and description of a category and returns it as it is now.
     *
     * @param id the category to change
     * @param details its new name and description
     * @return the category after the change
     */
    Category change(CategoryId id, CategoryDetails details);

    /**
     * Replaces the picture of a category, or gives it one.
     *
     * @param id the category
     * @param picture the new picture
     */
    void replacePicture(CategoryId id, Picture picture);

    /**
     * Takes a category off the menu, and retires the items still listed in it. Whether it may be
     * removed (it should hold no available item) is the caller's rule to check under
     * {@link #lockCategory}.
     *
     * @param id the category to remove
     */
    void remove(CategoryId id);

    /**
     * Replaces everything about a menu item but its picture and returns it as it is now. The
     * target category must be on the menu, else {@link NotFoundException} for the category.
     *
     * @param id the item to change
     * @param details its new category, name, description, price and availability
     * @return the item after the change
     */
    MenuItem change(MenuItemId id, MenuItemDetails details);

    /**
     * Replaces the picture of a menu item, or gives it one.
     *
     * @param id the item
     * @param picture the new picture
     */
    void replacePicture(MenuItemId id, Picture picture);

    /**
     * Takes a menu item off the menu for good; its row stays for the orders that name it.
     *
     * @param id the item to retire
     */
    void retire(MenuItemId id);

}
