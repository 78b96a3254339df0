package com.fooddelivery.customer.domain.customer;

/**
 * The internal key of a customer ({@code delivery_customer_c_id}). Never shown to clients, who
 * only ever see the customer's UID.
 *
 * @param value a positive number
 */
public record CustomerId(int value) {

    /**
     * Refuses ids below 1, which the database never assigns.
     *
     * @param value a positive number
     * @throws IllegalArgumentException for such an id
     */
    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a customer id is positive: " + value);
        }
    }
}
