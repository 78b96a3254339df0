package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The courier reported where they are, while delivering the order. */
public record CourierPositionReported(OrderUid orderUid, CourierPosition position, Instant occurredAt)
        implements OrderHistoryEvent {
    public CourierPositionReported {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.courier-position-reported";
    }
}
