package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Validator;

/**
 * What the kitchen may change about an existing category.
 *
 * @param name        1 to 150 characters, stored trimmed
 * @param description up to 255 characters, empty for none
 */
public record CategoryDetails(String name, String description) {

    /**
     * Checks both, naming every broken field, and trims them.
     *
     * @throws com.fooddelivery.customer.domain.shared.ValidationException on fields {@code name} and {@code description}
     */
    public CategoryDetails {
        Validator.check()
                .text(name, "name", 1, NewCategory.NAME_MAX)
                .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                .done();
        name = name.strip();
        description = description == null ? "" : description.strip();
    }
}
