package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The courier left with the order. */
public record DeliveryStarted(OrderUid orderUid, Instant occurredAt) implements OrderHistoryEvent {
    public DeliveryStarted {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.delivery-started";
    }
}
