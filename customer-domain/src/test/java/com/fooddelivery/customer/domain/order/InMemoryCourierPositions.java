package com.fooddelivery.customer.domain.order;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CourierPositions} in a map, for use-case tests and embedders without a database. */
public final class InMemoryCourierPositions implements CourierPositions {

    private final Map<OrderUid, CourierPosition> latest = new ConcurrentHashMap<>();

    @Override
    public Optional<CourierPosition> latest(OrderUid uid) {
        return Optional.ofNullable(latest.get(uid));
    }

    @Override
    public void keep(OrderUid uid, CourierPosition position) {
        latest.put(uid, position);
    }
}
