package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.Validator;

/** Everything the kitchen may change about an existing menu item at once. */
public record MenuItemDetails(CategoryId categoryId, String name, String description, Money price, boolean available) {

    public MenuItemDetails {
        checkFields(categoryId, name, description, price);
        name = name.strip();
        description = keptDescription(description);
    }

    /** The rules of an item's fields, the same for a new item ({@link NewMenuItem}) as for a changed one. */
    static void checkFields(CategoryId categoryId, String name, String description, Money price) {
        Validator.check()
                .require(categoryId != null, "categoryId", "is required")
                .text(name, "name", 1, NewCategory.NAME_MAX)
                .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                .require(price != null && price.isPositive(), "price", "must be above zero")
                .done();
    }

    /** A description as it is kept: trimmed, empty when absent. */
    static String keptDescription(String description) {
        return description == null ? "" : description.strip();
    }
}
