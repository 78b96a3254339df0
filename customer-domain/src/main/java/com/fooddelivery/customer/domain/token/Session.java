package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in device of a customer, valid from {@code begin} until just before {@code end}.
 *
 * @param id         its identity
 * @param customerId whose session it is
 * @param begin      when it was opened
 * @param end        when it stops being valid; the sign-out time once signed out
 * @param client     the app or browser, as it described itself; empty if unknown
 */
public record Session(SessionId id, CustomerId customerId, Instant begin, Instant end, String client) {

    /**
     * Requires every part.
     *
     * @param id its identity
     * @param customerId whose session it is
     * @param begin when opened
     * @param end when no longer valid
     * @param client the app or browser; empty if unknown
     */
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(client, "client");
    }

    /**
     * Whether the session admits a request made at {@code now}.
     *
     * @param now the time of the request
     * @return true from begin until before end
     */
    public boolean isValidAt(Instant now) {
        return !now.isBefore(begin) && now.isBefore(end);
    }
}
