package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.shared.ValidationException;

/** What adding and changing an item share. */
final class MenuItemRules {

    private MenuItemRules() {
    }

    /**
     * Locks the category an item is to be listed under, so it cannot be removed before the
     * transaction commits. A missing category is bad input, not a missing resource: the path the
     * client called exists, one of its fields is wrong.
     */
    static void requireCategoryOnMenu(MenuRepository menu, CategoryId categoryId) {
        if (menu.lockCategory(categoryId).isEmpty()) {
            throw ValidationException.of("categoryId", "names no category on the menu");
        }
    }
}
