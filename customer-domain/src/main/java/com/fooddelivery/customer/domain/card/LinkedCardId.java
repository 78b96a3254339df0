package com.fooddelivery.customer.domain.card;

/** Identifies one linked card: our id, safe to show, unlike the processor's. */
public record LinkedCardId(int value) {

    public LinkedCardId {
        if (value <= 0) {
            throw new IllegalArgumentException("a card id is positive: " + value);
        }
    }
}
