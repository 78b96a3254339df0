package com.fooddelivery.customer.domain.customer;

/** The internal key of a customer, never shown to clients: they see the UID. */
public record CustomerId(int value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a customer id is positive: " + value);
        }
    }
}
