package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** A customer placed an order: the whole order as it was placed. */
public record OrderPlaced(Order order, Instant occurredAt) implements OrderHistoryEvent {
    public OrderPlaced {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public OrderUid orderUid() {
        return order.uid();
    }

    @Override
    public String name() {
        return "order.placed";
    }
}
