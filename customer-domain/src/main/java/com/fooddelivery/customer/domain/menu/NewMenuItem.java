package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.Validator;
import java.util.Objects;
import java.util.Optional;

/** A menu item about to be added; name and description are stored trimmed. */
public record NewMenuItem(
        CategoryId categoryId, String name, String description, Money price, Optional<Picture> picture) {

    public NewMenuItem {
        Validator.check()
                .require(categoryId != null, "categoryId", "is required")
                .text(name, "name", 1, NewCategory.NAME_MAX)
                .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                .require(price != null && price.isPositive(), "price", "must be above zero")
                .done();
        name = name.strip();
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(picture, "picture");
    }
}
