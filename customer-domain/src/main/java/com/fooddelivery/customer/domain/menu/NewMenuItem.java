package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** A menu item about to be added; name and description are stored trimmed. */
public record NewMenuItem(
        CategoryId categoryId, String name, String description, Money price, Optional<Picture> picture) {

    public NewMenuItem {
        MenuItemDetails.checkFields(categoryId, name, description, price);
        name = name.strip();
        description = MenuItemDetails.keptDescription(description);
        Objects.requireNonNull(picture, "picture");
    }
}
