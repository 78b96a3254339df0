package com.fooddelivery.customer.domain.order;

import java.time.Instant;
import java.util.Objects;

/** When an order should be ready and when it should arrive. */
public record Estimates(Instant readyAt, Instant deliveryAt) {

    /** Refuses a delivery estimated before the food is ready. */
    public Estimates {
        Objects.requireNonNull(readyAt, "readyAt");
        Objects.requireNonNull(deliveryAt, "deliveryAt");
        if (deliveryAt.isBefore(readyAt)) {
            throw new IllegalArgumentException("delivery cannot be estimated before the food is ready");
        }
    }
}
