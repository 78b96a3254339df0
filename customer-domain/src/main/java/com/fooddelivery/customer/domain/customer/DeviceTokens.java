package com.fooddelivery.customer.domain.customer;

import java.util.Optional;

/**
 * OWASP "device cookies": a device that signed in before is throttled on its own, so someone guessing the
 * password cannot lock the customer's phone out. Tokens are secrets, never logged.
 */
public interface DeviceTokens {

    /**
     * A new device token.
     *
     * @return the token, for the client to present next time
     */
    String issue(CustomerId customer);

    /**
     * The device's throttle key, if the token is a genuine one of this customer.
     *
     * @return a {@code device:} key that hides the token, or empty
     */
    Optional<String> throttleKey(String token, CustomerId customer);
}
