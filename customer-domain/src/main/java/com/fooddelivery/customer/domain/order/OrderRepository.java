package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders and their lines ({@code delivery_order_c}, {@code delivery_orderitem_c}). */
public interface OrderRepository {

    /**
     * Stores a newly placed order with all its lines, or nothing.
     *
     * @param order the new order
     */
    void add(Order order);

    /**
     * The order with this uid, whoever it belongs to; one read.
     *
     * @param uid the order's public id
     * @return the order, or empty; the caller checks whose it is
     */
    Optional<Order> byUid(OrderUid uid);

    /**
     * The order with this uid, locked until the surrounding unit of work ends, so that competing
     * changes (a cancel and the kitchen's start) are applied one after the other.
     *
     * @param uid the order's public id
     * @return the locked order, or empty
     */
    Optional<Order> lockByUid(OrderUid uid);

    /**
     * Stores the new state of an order read through {@link #lockByUid} in the same unit of work.
     *
     * @param order the order as it is now
     */
    void update(Order order);

    /**
     * A page of the customer's orders, newest first.
     *
     * @param customerId whose orders
     * @param pendingOnly whether to leave out delivered and cancelled orders
     * @param limit       1 to 100
     * @param after       where the page starts; empty for the first page
     * @return the page and where the next one starts
     */
    OrderPage page(CustomerId customerId, boolean pendingOnly, int limit, Optional<OrderPage.Position> after);

    /**
     * Up to {@code limit} orders still AWAITING_PAYMENT that were placed before {@code placedBefore},
     * locked like {@link #lockByUid} but skipping orders another unit of work holds, so several
     * instances sweeping at once each take different orders and none waits.
     *
     * @param placedBefore the deadline an unpaid order has missed
     * @param limit how many to take at most
     * @return the locked orders; empty when none is overdue or free
     */
    List<Order> lockUnpaidPlacedBefore(Instant placedBefore, int limit);

    /**
     * How many orders wait for or are in the kitchen (PROCESSING or COOKING).
     *
     * @return the length of the kitchen's queue, for the estimates
     */
    int kitchenQueue();

    /**
     * The kitchen's queue counted up to {@code atMost}: the estimates stop changing there, and a store
     * can then count a bounded number of entries instead of every active order.
     *
     * @param atMost where counting may stop, from {@link EstimatePolicy#queueThatCounts()}
     * @return the queue's length, or {@code atMost} when it is at least that long
     */
    default int kitchenQueue(int atMost) {
        return Math.min(kitchenQueue(), atMost);
    }
}
