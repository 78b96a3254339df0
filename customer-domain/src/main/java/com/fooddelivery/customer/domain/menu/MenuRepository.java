package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * The items with these ids, as {@link #item(MenuItemId)} finds each, read together: an order's
     * lines are priced at once. Adapters should override this with one read; the default asks for
     * each item in turn.
     *
     * @param ids the items' ids
     * @return each item found, under its id; ids without an item are left out
     */
    default Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids) {
        Map<MenuItemId, MenuItem> found = new HashMap<>();
        for (MenuItemId id : ids) {
            item(id).ifPresent(item -> found.put(id, item));
        }
        return Map.copyOf(found);
    }

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
