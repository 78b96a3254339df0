package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Validator;
import java.util.Objects;
import java.util.Optional;

/**
 * A category about to be added to the menu.
 *
 * @param name        1 to 150 characters
 * @param description up to 255 characters, empty for none
 */
public record NewCategory(String name, String description, Optional<Picture> picture) {

    /** Longest name a category or item may have. */
    public static final int NAME_MAX = 150;
    /** Longest description a category or item may have. */
    public static final int DESCRIPTION_MAX = 255;

    /**
     * Checks name and description, naming every broken field, and trims both.
     *
     * @throws com.fooddelivery.customer.domain.shared.ValidationException on fields {@code name} and {@code description}
     */
    public NewCategory {
        Validator.check()
                .text(name, "name", 1, NAME_MAX)
                .lines(description, "description", 0, DESCRIPTION_MAX)
                .done();
        name = name.strip();
        description = description == null ? "" : description.strip();
        Objects.requireNonNull(picture, "picture");
    }
}
