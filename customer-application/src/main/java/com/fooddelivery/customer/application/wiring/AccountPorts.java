package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.util.Objects;
import java.util.Optional;

/**
 * The ports of accounts and sessions: every embedding needs them, since orders and payments are placed under a
 * customer's session.
 *
 * @param deviceTokens  the devices that signed in before, which the throttle spares
 * @param signedInReads the hot reads with the token check in the same read; without it they are made from
 *     {@code sessions} and the other ports, session first (two round trips to a database)
 */
public record AccountPorts(
        CustomerRepository customers,
        PasswordHasher hasher,
        SessionRepository sessions,
        SignInAttempts signInAttempts,
        DeviceTokens deviceTokens,
        Optional<SignedInReads> signedInReads) {

    /** Requires every port; the optional one may be empty, never null. */
    public AccountPorts {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(signInAttempts, "signInAttempts");
        Objects.requireNonNull(deviceTokens, "deviceTokens");
        Objects.requireNonNull(signedInReads, "signedInReads");
    }
}
