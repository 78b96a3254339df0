package com.fooddelivery.customer.domain.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a prepaid order may wait for its money before the service cancels it, so the kitchen
 * never sees an order nobody paid for and the customer is not left wondering.
 *
 * @param value at least one second
 */
public record PaymentTimeout(Duration value) {

    /** Half an hour. */
    public static final PaymentTimeout DEFAULT = new PaymentTimeout(Duration.ofMinutes(30));

    /** Refuses timeouts under a second, which would expire orders before anyone could pay. */
    public PaymentTimeout {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a payment timeout is at least one second: " + value);
        }
    }
}
