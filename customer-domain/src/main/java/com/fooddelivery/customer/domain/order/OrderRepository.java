package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders and their lines. */
public interface OrderRepository {

    /** Stores a newly placed order with all its lines, or nothing. */
    void add(Order order);

    /** The order with this uid, whoever owns it: the caller checks that. */
    Optional<Order> byUid(OrderUid uid);

    /** The order, locked until the unit of work ends so that competing changes apply one after the other. */
    Optional<Order> lockByUid(OrderUid uid);

    /** Stores the new state of an order read through {@link #lockByUid} in the same unit of work. */
    void update(Order order);

    /** A page of 1 to 100 of the customer's orders, newest first, after {@code after} (empty: the first). */
    OrderPage page(CustomerId customerId, boolean pendingOnly, int limit, Optional<OrderPage.Position> after);

    /** Unpaid orders placed before the deadline, locked, skipping those locked elsewhere: sweepers never collide. */
    List<Order> lockUnpaidPlacedBefore(Instant placedBefore, int limit);

    /** How many orders are PROCESSING or COOKING. */
    int kitchenQueue();

    /** The kitchen's queue capped where estimates stop changing ({@link EstimatePolicy#queueThatCounts()}). */
    default int kitchenQueue(int atMost) {
        return Math.min(kitchenQueue(), atMost);
    }
}
