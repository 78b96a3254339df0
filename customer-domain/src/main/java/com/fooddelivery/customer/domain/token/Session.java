package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in device of a customer, valid from {@code begin} until just before {@code end}.
 *
 * @param id         its identity
 * @param customerId whose session it is
 * @param begin      when it was opened ({@code token_begin_dt})
 * @param end        when it stops being valid ({@code token_end_dt}); set to the moment of sign-out
 * @param client     what the customer signed in with, as the app or browser described itself; empty if unknown
 */
public record Session(SessionId id, CustomerId customerId, Instant begin, Instant end, String client) {

    /**
     * Requires every part; a session read from storage is always complete.
     *
     * @param id its identity
     * @param customerId whose session it is
     * @param begin when it was opened ({@code token_begin_dt})
     * @param end when it stops being valid ({@code token_end_dt}); set to the moment of sign-out
     * @param client what the customer signed in with; empty if unknown
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
     * @return true from its begin until (not including) its end
     */
    public boolean isValidAt(Instant now) {
        return !now.isBefore(begin) && now.isBefore(end);
    }
}
