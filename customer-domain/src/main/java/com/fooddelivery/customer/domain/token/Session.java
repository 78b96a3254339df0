package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** A signed-in device, valid from {@code begin} until just before {@code end} (the sign-out time once signed out). */
public record Session(SessionId id, CustomerId customerId, Instant begin, Instant end, String client) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(client, "client");
    }

    /** Whether the session admits a request made at {@code now}. */
    public boolean isValidAt(Instant now) {
        return !now.isBefore(begin) && now.isBefore(end);
    }
}
