package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.Objects;

/** The signed-in customer a request comes from; use cases take it instead of any id a client could send. */
public record Caller(CustomerId customerId, SessionId sessionId) {
    public Caller {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
