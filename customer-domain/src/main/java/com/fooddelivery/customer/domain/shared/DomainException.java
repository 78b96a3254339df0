package com.fooddelivery.customer.domain.shared;

/**
 * Base of the business failures the core reports. Adapters translate each subtype into their own
 * protocol (an HTTP status, say); nothing below the adapters catches them to hide a failure.
 */
public abstract class DomainException extends RuntimeException {

    /**
     * Creates the exception; subclasses give the message, which the client may be shown.
     *
     * @param message what went wrong, without secrets or personal data
     */
    protected DomainException(String message) {
        super(message);
    }
}
