package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.Validator;

/** Everything the kitchen may change about an existing menu item at once. */
public record MenuItemDetails(CategoryId categoryId, String name, String description, Money price, boolean available) {

    public MenuItemDetails {
        Validator.check()
                .require(categoryId != null, "categoryId", "is required")
                .text(name, "name", 1, NewCategory.NAME_MAX)
                .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                .require(price != null && price.isPositive(), "price", "must be above zero")
                .done();
        name = name.strip();
        description = description == null ? "" : description.strip();
    }
}
