package com.fooddelivery.customer.domain.token;

import java.util.Objects;

/**
 * What a read found for a signed-in customer, with the caller whose session was valid when it was read.
 *
 * @param caller who asked, through which session
 * @param value  what was read
 * @param <T>    what was read
 */
public record SignedIn<T>(Caller caller, T value) {

    /**
     * Requires both.
     *
     * @param caller who asked
     * @param value what was read
     */
    public SignedIn {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(value, "value");
    }
}
