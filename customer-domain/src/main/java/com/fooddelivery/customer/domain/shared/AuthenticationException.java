package com.fooddelivery.customer.domain.shared;

/** The caller could not be identified (bad token or wrong password); which, is not told to the caller. */
public final class AuthenticationException extends DomainException {

    /** {@code reason} is for the log, never for the client. */
    public AuthenticationException(String reason) {
        super(reason);
    }
}
