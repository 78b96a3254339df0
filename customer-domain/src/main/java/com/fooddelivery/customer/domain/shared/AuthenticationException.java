package com.fooddelivery.customer.domain.shared;

/**
 * The caller could not be identified: a missing, malformed, unknown, expired or revoked token, or a
 * wrong login or password. Which of these it was is deliberately not told to the caller.
 */
public final class AuthenticationException extends DomainException {

    /** @param reason for the log, never for the client */
    public AuthenticationException(String reason) {
        super(reason);
    }
}
