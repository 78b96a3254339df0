package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The food is ready. */
public record CookingFinished(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
    public CookingFinished {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.cooking-finished";
    }
}
