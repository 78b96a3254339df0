package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An order may be rated, or re-rated, for {@link #CHANGEABLE_FOR} after delivery, so the restaurant's
 * figures do not move with old memories.
 */
public final class RatingPolicy {

    /** How long after the delivery a rating may be given or changed. */
    public static final Duration CHANGEABLE_FOR = Duration.ofDays(7);

    private RatingPolicy() {}

    /** Refuses a rating the order cannot take now: not delivered, or delivered too long ago. */
    public static void check(Order order, Instant now) {
        Optional<Instant> deliveredAt = order.timeline().deliveredAt();
        if (order.status() != OrderStatus.DELIVERED || deliveredAt.isEmpty()) {
            throw new ConflictException("an order can be rated once it is delivered; this one is " + order.status());
        }
        if (now.isAfter(deliveredAt.get().plus(CHANGEABLE_FOR))) {
            throw new ConflictException("an order can be rated or its rating changed for 7 days after its delivery");
        }
    }
}
