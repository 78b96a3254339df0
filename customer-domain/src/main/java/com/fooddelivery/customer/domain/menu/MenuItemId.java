package com.fooddelivery.customer.domain.menu;

/**
 * Identifies a menu item.
 *
 * @param value a positive number
 */
public record MenuItemId(int value) {

    /**
     * Refuses ids below 1, which are never assigned.
     *
     * @param value a positive number
     * @throws IllegalArgumentException for such an id
     */
    public MenuItemId {
        if (value <= 0) {
            throw new IllegalArgumentException("a menu item id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
