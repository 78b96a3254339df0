package com.fooddelivery.customer.domain.menu;

import java.util.Objects;

/**
 * A section of the menu ("Pizza", "Drinks"); only whether it has a picture, as lists never need the bytes.
 *
 * @param name        1 to 150 characters
 * @param description up to 255 characters, empty when there is none
 */
public record Category(CategoryId id, String name, String description, boolean hasPicture) {

    /** Requires every part; an empty description is {@code ""}. */
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
