package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;

/**
 * The customers' idempotency keys for placing orders, kept where every instance sees them, behind a
 * unique constraint so that racing requests with one key make one order.
 */
public interface IdempotencyKeys {

    /**
     * Claims {@code key} for a request with this fingerprint, atomically. A claim left unfinished
     * for longer than {@code abandonedAfter} (its instance died) may be taken over.
     *
     * @param customerId whose key it is: keys of different customers never meet
     * @param key the client's Idempotency-Key
     * @param fingerprint a digest of the request, to tell a retry from a reuse
     * @param now the time of the request
     * @param abandonedAfter how long an unfinished claim is honoured
     * @return whether the key is new, held by a request still running, done with an order, or used for another
     *     request
     */
    Claim claim(CustomerId customerId, String key, String fingerprint, Instant now, Duration abandonedAfter);

    /**
     * Records that the claimed key produced {@code order}; runs in the unit of work that stores the order.
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
    sealed interface Claim {
    }

    /** The key is new (or abandoned): go ahead. */
    record Claimed() implements Claim {
    }

    /**
     * The key already produced this order for the same request.
     *
     * @param order the order to answer with again
     */
    record Completed(OrderUid order) implements Claim {
    }

    /** Another request with the key is still being handled. */
    record InFlight() implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }
}
