package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.util.Optional;

/** The one owner check of an order a customer names: someone else's order is "not found", never "forbidden". */
public final class CallersOrder {

    private CallersOrder() {}

    /** The order read (or locked) by {@code uid}, if it is the customer's; else NotFoundException. */
    public static Order of(Optional<Order> found, CustomerId customer, OrderUid uid) {
        return found.filter(order -> order.customerId().equals(customer))
                .orElseThrow(() -> new NotFoundException("order", uid));
    }
}
