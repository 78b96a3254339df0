package com.fooddelivery.customer.domain.menu;

/** Identifies a menu category. */
public record CategoryId(int value) {

    public CategoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("a category id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
