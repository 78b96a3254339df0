package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.DomainException;

/**
 * A processor or bank did not answer (timeout, outage, an error on its side). Nothing is known to
 * have happened there; retrying with the same idempotency key is safe.
 */
public final class PaymentGatewayException extends DomainException {

    /** @param message what failed, without any card data */
    public PaymentGatewayException(String message) {
        super(message);
    }

    /**
     * Keeps the underlying failure for the log; the client sees only the message.
     *
     * @param message what failed, without any card data
     * @param cause   the transport or provider failure behind it
     */
    public PaymentGatewayException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
