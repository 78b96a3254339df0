package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Validator;

/** What the kitchen may change about an existing category. */
public record CategoryDetails(String name, String description) {

    public CategoryDetails {
        Validator.check()
                .text(name, "name", 1, NewCategory.NAME_MAX)
                .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                .done();
        name = name.strip();
        description = description == null ? "" : description.strip();
    }
}
