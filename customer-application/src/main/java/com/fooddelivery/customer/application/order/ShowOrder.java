package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.util.Objects;

/** Shows customers the full report of one of their orders. */
public class ShowOrder {

    private final OrderRepository orders;

    /** @param orders where orders are kept */
    @Inject
    public ShowOrder(OrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /**
     * The order, if it is the caller's.
     *
     * @param caller who asks
     * @param uid which order
     * @return the order
     * @throws NotFoundException when it does not exist or belongs to someone else: the two are not told apart
     */
    public Order show(Caller caller, OrderUid uid) {
        return CallersOrder.of(orders.byUid(uid), caller, uid);
    }
}
