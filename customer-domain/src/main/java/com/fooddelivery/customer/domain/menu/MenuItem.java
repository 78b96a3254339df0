package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/**
 * A dish or product that can be ordered, with its current price.
 *
 * @param name        1 to 150 characters
 * @param description up to 255 characters, empty when there is none
 */
public record MenuItem(
        MenuItemId id,
        CategoryId categoryId,
        String name,
        String description,
        Money price,
        boolean available,
        boolean hasPicture) {

    /** Requires every part; an empty description is {@code ""}. */
    public MenuItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(price, "price");
    }
}
