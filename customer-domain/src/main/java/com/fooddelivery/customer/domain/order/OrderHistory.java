package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.List;

/** A customer's whole order history at once, for an export; the list's pages are {@link OrderRepository#page}. */
public interface OrderHistory {

    /** The customer's newest {@code limit} orders with all their lines, newest first. */
    List<Order> newestOf(CustomerId customerId, boolean pendingOnly, int limit);
}
