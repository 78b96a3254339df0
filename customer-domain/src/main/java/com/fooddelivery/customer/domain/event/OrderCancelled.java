package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The order was cancelled before the kitchen started. */
public record OrderCancelled(OrderUid orderUid, CancelledBy cancelledBy, Instant occurredAt)
        implements OrderHistoryEvent {
    public OrderCancelled {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.cancelled";
    }
}
