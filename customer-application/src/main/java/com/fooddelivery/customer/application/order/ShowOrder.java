package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import jakarta.inject.Inject;
import java.util.Objects;

/** One of the customer's own orders, for the routes that know the caller already (the PDF, the mail). */
public class ShowOrder {

    private final OrderRepository orders;

    @Inject
    public ShowOrder(OrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /** The order, if it is the customer's; NotFoundException alike when absent or someone else's. */
    public Order show(CustomerId customer, OrderUid uid) {
        return CallersOrder.of(orders.byUid(uid), customer, uid);
    }
}
