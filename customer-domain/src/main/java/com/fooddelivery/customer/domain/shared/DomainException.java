package com.fooddelivery.customer.domain.shared;

/** Base of the business failures; adapters translate each subtype into their protocol (an HTTP status, say). */
public abstract class DomainException extends RuntimeException {

    /** Creates the exception; subclasses give the message, which the client may be shown. */
    protected DomainException(String message) {
        super(message);
    }
}
