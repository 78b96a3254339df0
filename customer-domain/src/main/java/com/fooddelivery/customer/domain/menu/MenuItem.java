package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/** A dish or product that can be ordered, with its current price. */
public record MenuItem(
        MenuItemId id,
        CategoryId categoryId,
        String name,
        String description,
        Money price,
        boolean available,
        boolean hasPicture) {

    public MenuItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(price, "price");
    }
}
