package com.fooddelivery.customer.domain.menu;

/** Identifies a menu item. */
public record MenuItemId(int value) {

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
