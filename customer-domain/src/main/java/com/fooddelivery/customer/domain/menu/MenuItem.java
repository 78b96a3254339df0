package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/**
 * A dish or product that can be ordered, with its current price.
 *
 * @param id          its identity
 * @param categoryId  the category it is listed under
 * @param name        1 to 150 characters
 * @param description up to 255 characters, empty when there is none
 * @param price       the current unit price, above zero
 * @param available   whether it can be ordered now
 * @param hasPicture  whether a picture can be fetched for it
 */
public record MenuItem(
        MenuItemId id,
        CategoryId categoryId,
        String name,
        String description,
        Money price,
        boolean available,
        boolean hasPicture) {

    /**
     * Requires every part; an empty description is {@code ""}.
     *
     * @param id its identity
     * @param categoryId the category it is listed under
     * @param name 1 to 150 characters
     * @param description up to 255 characters, empty when there is none
     * @param price the current unit price, above zero
     * @param available whether it can be ordered now
     * @param hasPicture whether a picture can be fetched for it
     */
    public MenuItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(price, "price");
    }
}
