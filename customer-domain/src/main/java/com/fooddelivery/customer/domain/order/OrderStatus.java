package com.fooddelivery.customer.domain.order;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands; the kitchen and the courier move it forward one step at a time. */
public enum OrderStatus {
    /** Waiting for prepaid money before the kitchen sees it (again, if a card hold is lost). */
    AWAITING_PAYMENT,
    PROCESSING,
    COOKING,
    IN_DELIVERY,
    DELIVERED,
    /** Cancelled before the kitchen started. */
    CANCELLED;

    private static final Set<OrderStatus> FINISHED = EnumSet.of(DELIVERED, CANCELLED);

    /** Whether the order still moves. */
    public boolean pending() {
        return !FINISHED.contains(this);
    }

    /** Whether the customer may still cancel. */
    public boolean cancellable() {
        return this == AWAITING_PAYMENT || this == PROCESSING;
    }
}
