package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.DomainException;

/**
 * A processor or bank did not answer (timeout, outage, an error on its side). Nothing is known to
 * have happened there; retrying with the same idempotency key is safe.
 */
public final class PaymentGatewayException extends DomainException {
    public PaymentGatewayException(String message) {
        super(message);
    }

    /** Keeps the underlying failure for the log; the client sees only the message. */
    public PaymentGatewayException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
