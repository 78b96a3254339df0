package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.DomainException;

/** A payment callback whose signature does not prove who sent it, or proves it too late. */
public final class CallbackRejectedException extends DomainException {

    /** @param reason for the log; the sender learns only that it was refused */
    public CallbackRejectedException(String reason) {
        super(reason);
    }
}
