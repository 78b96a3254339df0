package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Validator;
import java.util.Objects;
import java.util.Optional;

/** A category about to be added to the menu; name and description are stored trimmed. */
public record NewCategory(String name, String description, Optional<Picture> picture) {

    /** Longest name a category or item may have. */
    public static final int NAME_MAX = 150;
    /** Longest description a category or item may have. */
    public static final int DESCRIPTION_MAX = 255;

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
