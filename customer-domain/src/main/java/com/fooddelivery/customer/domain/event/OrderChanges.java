package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The events for each order transition, so none goes unreported; not a cancel, whose use case alone knows
 * who cancelled and appends {@link OrderCancelled}.
 */
public final class OrderChanges {

    private OrderChanges() {}

    /** The events between two states of an order, in the order they happened; steps carry their reported times. */
    public static List<OrderHistoryEvent> between(Order before, Order after, Instant now) {
        if (!before.uid().equals(after.uid())) {
            throw new IllegalArgumentException("two different orders");
        }
        List<OrderHistoryEvent> events = new ArrayList<>();
        boolean securedNow =
                before.status() == OrderStatus.AWAITING_PAYMENT && after.status() == OrderStatus.PROCESSING;
        boolean receivedNow =
                before.paymentStatus() == PaymentStatus.PENDING && after.paymentStatus() == PaymentStatus.PAID;
        if (securedNow || receivedNow) {
            events.add(new OrderPaid(
                    after.uid(),
                    after.paymentMethod(),
                    after.total(),
                    after.paymentStatus() == PaymentStatus.PAID,
                    now));
        }
        if (before.status() == OrderStatus.PROCESSING && after.status() == OrderStatus.AWAITING_PAYMENT) {
            events.add(new PaymentFailed(
                    after.uid(),
                    after.paymentMethod(),
                    "the card processor let the held money go; the order waits for a new payment",
                    now));
        }
        step(before, after, t -> t.timeline().cookingStartedAt())
                .ifPresent(at -> events.add(new CookingStarted(after.uid(), at)));
        step(before, after, t -> t.timeline().cookingFinishedAt())
                .ifPresent(at -> events.add(new CookingFinished(after.uid(), at)));
        step(before, after, t -> t.timeline().deliveryStartedAt())
                .ifPresent(at -> events.add(new DeliveryStarted(after.uid(), at)));
        step(before, after, t -> t.timeline().deliveredAt())
                .ifPresent(at -> events.add(new Delivered(after.uid(), at)));
        if (!before.estimates().equals(after.estimates())) {
            events.add(new EstimatesRevised(after.uid(), after.estimates(), now));
        }
        if (before.paymentStatus() == PaymentStatus.PAID && after.paymentStatus() == PaymentStatus.REFUNDED) {
            events.add(new PaymentRefunded(after.uid(), after.paymentMethod(), after.total(), now));
        }
        return List.copyOf(events);
    }

    /** The time of a step that the later state has and the earlier one had not. */
    private static Optional<Instant> step(Order before, Order after, Function<Order, Optional<Instant>> when) {
        return when.apply(before).isPresent() ? Optional.empty() : when.apply(after);
    }
}
