package com.fooddelivery.customer.domain.order;

import java.util.Optional;

/** The latest position of each order's courier; older positions are not kept (the event log has them for its retention). */
public interface CourierPositions {

    /**
     * The courier's latest reported position.
     *
     * @param uid the order
     * @return the position, empty when none was reported
     */
    Optional<CourierPosition> latest(OrderUid uid);

    /**
     * The position a customer is shown with their order: only while the order is on its way, so that
     * nobody learns where a courier is before or after they carry the customer's food.
     *
     * @param order the order as it stands
     * @return the latest position while it is IN_DELIVERY, else empty
     */
    default Optional<CourierPosition> shownWith(Order order) {
        return order.status() == OrderStatus.IN_DELIVERY ? latest(order.uid()) : Optional.empty();
    }

    /**
     * Keeps a position as the order's latest, within the open unit of work.
     *
     * @param uid      the order
     * @param position where the courier is
     */
    void keep(OrderUid uid, CourierPosition position);
}
