package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.util.Optional;

/** The customers' ratings of their orders, one per order at most. */
public interface OrderRatings {

    /**
     * The order's rating.
     *
     * @param uid the order, which must exist
     */
    Optional<Rating> of(OrderUid uid);

    /**
     * Gives the order its rating, replacing the one it had.
     *
     * @param uid    the order, which must exist
     */
    void save(OrderUid uid, Rating rating);
}
