package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;

/** The customers' idempotency keys for placing orders; racing requests with one key make one order. */
public interface IdempotencyKeys {

    /** Claims the key atomically; one left unfinished {@code abandonedAfter} (its instance died) is taken over. */
    Claim claim(CustomerId customerId, String key, String fingerprint, Instant now, Duration abandonedAfter);

    /** Records the order the key produced, in the order's unit of work. */
    void complete(CustomerId customerId, String key, OrderUid order);

    /** Gives up a claim whose request was refused, so the key can be used again. */
    void release(CustomerId customerId, String key);

    /** What claiming a key found. */
    sealed interface Claim {}

    /** The key is new (or abandoned): go ahead. */
    record Claimed() implements Claim {}

    /** The key already produced this order for the same request. */
    record Completed(OrderUid order) implements Claim {}

    /** Another request with the key is still being handled. */
    record InFlight() implements Claim {}

    /** The key was used for a different request. */
    record Mismatch() implements Claim {}
}
