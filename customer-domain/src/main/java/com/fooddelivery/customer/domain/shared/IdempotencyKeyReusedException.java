package com.fooddelivery.customer.domain.shared;

/** An idempotency key came back with a different request: the client has a bug, and repeating will not help. */
public final class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("this Idempotency-Key was already used for a different request");
    }
}
