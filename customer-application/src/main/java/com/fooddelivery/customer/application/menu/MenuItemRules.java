package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import java.math.BigDecimal;

/** What adding and changing an item share. */
final class MenuItemRules {

    private MenuItemRules() {}

    static Validator itemFields(
            Validator check, Integer categoryId, String name, String description, BigDecimal price) {
        return check.require(categoryId != null, "categoryId", "is required")
                .require(categoryId == null || categoryId > 0, "categoryId", "must be a positive whole number")
                .text(name, "name", 1, NewCategory.NAME_MAX)
                .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                .positiveAmount(price, "price");
    }

    /**
     * Locks the item's category until the commit, so it cannot be removed meanwhile. A missing one is bad
     * input, not a missing resource: the path exists, one of its fields is wrong.
     */
    static void requireCategoryOnMenu(MenuManagement menu, CategoryId categoryId) {
        if (menu.lockCategory(categoryId).isEmpty()) {
            throw ValidationException.of("categoryId", "names no category on the menu");
        }
    }
}
