package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OrderRatings} in a map, for use-case tests and embedders without a database. */
public final class InMemoryOrderRatings implements OrderRatings {

    private final Map<OrderUid, Rating> ratings = new ConcurrentHashMap<>();

    @Override
    public Optional<Rating> of(OrderUid uid) {
        return Optional.ofNullable(ratings.get(uid));
    }

    @Override
    public void save(OrderUid uid, Rating rating) {
        ratings.put(uid, rating);
    }

    /**
     * Every rating given, by order, for fakes that read across orders.
     *
     * @return a copy of the ratings
     */
    public Map<OrderUid, Rating> all() {
        return Map.copyOf(ratings);
    }
}
