package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.rating.Rating;
import java.time.Instant;
import java.util.Objects;

/** The customer rated the delivered order, or changed their rating. */
public record OrderRated(OrderUid orderUid, Rating rating, Instant occurredAt) implements OrderHistoryEvent {
    public OrderRated {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** Whether the food or the delivery got two stars or fewer, so the manager's service can react. */
    public boolean lowRating() {
        return rating.low();
    }

    @Override
    public String name() {
        return "order.rated";
    }
}
