package com.fooddelivery.customer.domain.card;

/** Identifies one linked card: our id, safe to show, unlike the processor's. */
public record LinkedCardId(int value) {

    /** Refuses ids below 1, which the database never assigns. */
    public LinkedCardId {
        if (value <= 0) {
            throw new IllegalArgumentException("a card id is positive: " + value);
        }
    }
}
