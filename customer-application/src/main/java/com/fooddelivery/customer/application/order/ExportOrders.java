package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderHistory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** The caller's orders with every line, for a download. */
public class ExportOrders {

    /** The newest orders an export holds at most, so one download stays one bounded read. */
    public static final int MAX_ORDERS = 10_000;

    private final OrderHistory history;

    @Inject
    public ExportOrders(OrderHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /** The caller's newest {@link #MAX_ORDERS} orders, newest first. */
    public List<Order> export(CustomerId customer, boolean pendingOnly) {
        return history.newestOf(customer, pendingOnly, MAX_ORDERS);
    }
}
