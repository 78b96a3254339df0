package com.fooddelivery.customer.adapter.http;

import java.time.Duration;
import java.util.Optional;

/**
 * The per-client allowances of the routes anyone can call, kept where every instance sees them.
 * Implemented outside this adapter (bootstrap wires the persistence adapter's buckets in).
 */
@FunctionalInterface
public interface ClientRateLimits {

    /** Which allowance a request draws from. */
    enum Group {
        /** Sign-up and profile changes: both tell whether a login, email or phone number is taken. */
        ACCOUNT_CHANGES,
        /** Sign-in attempts, whatever the account. */
        SIGN_IN,
        /** Payment callbacks and webhooks. */
        PAYMENT_CALLBACKS
    }

    /**
     * Takes one request from {@code client}'s allowance in {@code group}.
     *
     * @param group  which allowance
     * @param client the client's address
     * @return empty when the request may go ahead, else how long the client must wait
     */
    Optional<Duration> take(Group group, String client);

    /**
     * No limits, for tests of other things and embeddings that limit elsewhere.
     *
     * @return limits that allow everything
     */
    static ClientRateLimits none() {
        return (group, client) -> Optional.empty();
    }
}
