package com.fooddelivery.customer.domain.menu;

/** Identifies a menu category. */
public record CategoryId(int value) {

    /** Refuses ids below 1, which are never assigned. */
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
