package com.fooddelivery.customer.domain.token;

/**
 * Identifies one session ({@code delivery_customer_token_c_id}); safe to show, unlike the token.
 *
 * @param value a positive number
 */
public record SessionId(int value) {

    /**
     * Refuses ids below 1, which the database never assigns.
     *
     * @param value a positive number
     * @throws IllegalArgumentException for such an id
     */
    public SessionId {
        if (value <= 0) {
            throw new IllegalArgumentException("a session id is positive: " + value);
        }
    }
}
