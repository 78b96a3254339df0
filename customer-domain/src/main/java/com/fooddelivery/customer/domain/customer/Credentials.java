package com.fooddelivery.customer.domain.customer;

import java.util.Objects;

/** Who a customer is and their password hash; never leaves the sign-in and password-change use cases. */
public record Credentials(CustomerId customerId, String passwordHash) {
    public Credentials {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "Credentials[customerId=" + customerId + "]";
    }
}
