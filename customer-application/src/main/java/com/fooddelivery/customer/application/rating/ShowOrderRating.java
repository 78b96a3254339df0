package com.fooddelivery.customer.application.rating;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.rating.Rating;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** The rating shown with an order the caller may already see. */
public class ShowOrderRating {

    private final OrderRatings ratings;

    @Inject
    public ShowOrderRating(OrderRatings ratings) {
        this.ratings = Objects.requireNonNull(ratings, "ratings");
    }

    /** The order's rating; only a delivered order can have one, so no other costs a read. */
    public Optional<Rating> of(Order order) {
        return order.status() == OrderStatus.DELIVERED ? ratings.of(order.uid()) : Optional.empty();
    }
}
