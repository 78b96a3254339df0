package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;

/**
 * The customers' idempotency keys for placing orders; racing requests with one key make one order.
 */
public interface IdempotencyKeys {

    /**
     * Claims the key atomically; a claim unfinished after {@code abandonedAfter} (its instance died) is taken over.
     *
     * @param customerId whose key
     * @param key the Idempotency-Key
     * @param fingerprint request digest, to tell a retry from a reuse
     * @param now now
     * @param abandonedAfter how long a claim is honoured
     * @return what the claim found
     */
    Claim claim(CustomerId customerId, String key, String fingerprint, Instant now, Duration abandonedAfter);

    /**
     * Records the order the key produced, in the order's unit of work.
     *
     * @param customerId whose key it is
     * @param key the claimed key
     * @param order the order it placed
     */
    void complete(CustomerId customerId, String key, OrderUid order);

    /**
     * Gives up a claim whose request was refused, so the key can be used again.
     *
     * @param customerId whose key it is
     * @param key the claimed key
     */
    void release(CustomerId customerId, String key);

    /** What claiming a key found. */
    sealed interface Claim {}

    /** The key is new (or abandoned): go ahead. */
    record Claimed() implements Claim {}

    /**
     * The key already produced this order for the same request.
     *
     * @param order the order to answer with again
     */
    record Completed(OrderUid order) implements Claim {}

    /** Another request with the key is still being handled. */
    record InFlight() implements Claim {}

    /** The key was used for a different request. */
    record Mismatch() implements Claim {}
}
