package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The customer has the food. */
public record Delivered(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
    public Delivered {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.delivered";
    }
}
