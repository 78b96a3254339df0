package com.fooddelivery.customer.domain.order;

import java.util.Optional;

/** The latest position of each order's courier; the event log keeps older ones. */
public interface CourierPositions {

    /** The courier's latest reported position. */
    Optional<CourierPosition> latest(OrderUid uid);

    /** The position shown with an order, only while IN_DELIVERY so a courier is not tracked otherwise. */
    default Optional<CourierPosition> shownWith(Order order) {
        return order.status() == OrderStatus.IN_DELIVERY ? latest(order.uid()) : Optional.empty();
    }

    /** Keeps a position as the order's latest, within the open unit of work. */
    void keep(OrderUid uid, CourierPosition position);
}
