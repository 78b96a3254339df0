package com.fooddelivery.customer.domain.shared;

/**
 * The request is well formed but clashes with the current state of what it targets, such as
 * removing a category that still offers dishes. Retrying unchanged will fail again until the
 * state changes.
 */
public final class ConflictException extends DomainException {

    /** @param message what clashes, in words fit for a client developer */
    public ConflictException(String message) {
        super(message);
    }
}
