package com.fooddelivery.customer.domain.customer;

import java.util.Optional;

/**
 * OWASP "device cookies": a device that signed in before is throttled on its own, so someone guessing the
 * password cannot lock the customer's phone out. Tokens are secrets, never logged.
 */
public interface DeviceTokens {

    /** A new device token, for the client to present next time. */
    String issue(CustomerId customer);

    /** The device's throttle key (a {@code device:} key hiding the token) if the token is this customer's. */
    Optional<String> throttleKey(String token, CustomerId customer);
}
