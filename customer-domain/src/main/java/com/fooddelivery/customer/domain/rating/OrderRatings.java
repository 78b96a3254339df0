package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.util.Optional;

/** The customers' ratings of their orders, one per order at most. */
public interface OrderRatings {

    /** The rating of an existing order. */
    Optional<Rating> of(OrderUid uid);

    /** Gives an existing order its rating, replacing the one it had. */
    void save(OrderUid uid, Rating rating);
}
