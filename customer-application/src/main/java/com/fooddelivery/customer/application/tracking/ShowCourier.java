package com.fooddelivery.customer.application.tracking;

import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.Order;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** Where the courier of an order is, as its customer may see it: only while the order is on its way. */
public class ShowCourier {

    private final CourierPositions positions;

    @Inject
    public ShowCourier(CourierPositions positions) {
        this.positions = Objects.requireNonNull(positions, "positions");
    }

    /** The latest position, while the order is IN_DELIVERY and one was reported. */
    public Optional<CourierPosition> of(Order order) {
        return positions.shownWith(order);
    }
}
