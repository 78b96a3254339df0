package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a customer's order list.
 *
 * @param uid                 the order
 * @param status              where it stands
 * @param registeredAt        when it was placed
 * @param total               what it costs
 * @param itemCount           units ordered
 * @param estimatedDeliveryAt when it should arrive
 */
public record OrderSummary(
        OrderUid uid,
        OrderStatus status,
        Instant registeredAt,
        Money total,
        int itemCount,
        Instant estimatedDeliveryAt) {

    /**
     * Requires every part.
     *
     * @param uid the order
     * @param status where it stands
     * @param registeredAt when it was placed
     * @param total what it costs
     * @param itemCount units ordered
     * @param estimatedDeliveryAt when it should arrive
     */
    public OrderSummary {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
    }
}
