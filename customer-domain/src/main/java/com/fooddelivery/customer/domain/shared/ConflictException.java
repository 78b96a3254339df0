package com.fooddelivery.customer.domain.shared;

/** The request clashes with the current state, such as removing a category that still offers dishes. */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
