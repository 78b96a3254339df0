package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** One entry of a customer's order list. */
public record OrderSummary(
        OrderUid uid,
        OrderStatus status,
        Instant registeredAt,
        Money total,
        int itemCount,
        Instant estimatedDeliveryAt) {
    public OrderSummary {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
    }
}
