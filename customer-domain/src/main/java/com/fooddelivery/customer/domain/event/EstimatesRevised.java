package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Objects;

/** The kitchen or the courier revised when the order should be ready and arrive. */
public record EstimatesRevised(OrderUid orderUid, Estimates estimates, Instant occurredAt)
        implements OrderHistoryEvent {
    public EstimatesRevised {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(estimates, "estimates");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.estimates-revised";
    }
}
