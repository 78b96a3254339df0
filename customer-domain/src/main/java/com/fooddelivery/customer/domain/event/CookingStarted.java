package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The kitchen started cooking. */
public record CookingStarted(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
    public CookingStarted {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.cooking-started";
    }
}
