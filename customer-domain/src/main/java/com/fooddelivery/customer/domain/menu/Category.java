package com.fooddelivery.customer.domain.menu;

import java.util.Objects;

/** A section of the menu ("Pizza", "Drinks"); only whether it has a picture, as lists never need the bytes. */
public record Category(CategoryId id, String name, String description, boolean hasPicture) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
