package com.fooddelivery.customer.domain.shared;

/**
 * An idempotency key came back with a different request than the one it was first used for; the
 * client has a bug, and repeating the request will not help.
 */
public final class IdempotencyKeyReusedException extends DomainException {

    /** The one message, which says nothing of either request. */
    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request");
    }
}
