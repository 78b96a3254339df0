package com.fooddelivery.customer.domain.customer;

import java.util.Optional;

/**
 * Tokens of the devices a customer signed in on, after OWASP's "device cookies" for slowing online
 * guessing: a successful sign-in hands the client one, and a later attempt that presents a genuine
 * one for the same customer is throttled per device instead of by the account-wide lockout, so an
 * attacker guessing a customer's password cannot lock that customer's own phone out. Tokens are
 * secrets: never logged, and stored only as digests if at all.
 */
public interface DeviceTokens {

    /**
     * A new token for a device of {@code customer}.
     *
     * @param customer who signed in on the device
     * @return the token, for the client to keep and present at its next sign-in
     */
    String issue(CustomerId customer);

    /**
     * The throttle key of the device when {@code token} is a genuine token of {@code customer}.
     *
     * @param token what the client presented, possibly anything
     * @param customer whose sign-in it is
     * @return a key starting {@code device:} that names the device without revealing the token, or empty
     *         for a token that is forged, garbled, expired or another customer's
     */
    Optional<String> throttleKey(String token, CustomerId customer);
}
