package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.rating.Rating;
import java.util.Objects;
import java.util.Optional;

/** One of the customer's orders as its report shows it to them. */
public record OwnOrder(
        Order order, Optional<Payment> payment, Optional<Rating> rating, Optional<CourierPosition> courier) {

    public OwnOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(courier, "courier");
    }

    /**
     * The report from what the store holds: a rating only once delivered, the courier only while in delivery,
     * the rules {@code ShowOrderRating} and {@code CourierPositions.shownWith} apply elsewhere.
     */
    public static OwnOrder shown(
            Order order, Optional<Payment> payment, Optional<Rating> rating, Optional<CourierPosition> courier) {
        return new OwnOrder(
                order,
                payment,
                rating.filter(r -> order.status() == OrderStatus.DELIVERED),
                courier.filter(c -> order.status() == OrderStatus.IN_DELIVERY));
    }
}
