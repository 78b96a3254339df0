package com.fooddelivery.customer.domain.token;

import java.util.Objects;

/** What a read found for a signed-in customer, with the caller whose session was valid when it was read. */
public record SignedIn<T>(Caller caller, T value) {
    public SignedIn {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(value, "value");
    }
}
