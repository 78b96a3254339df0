package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Cancels an order before the kitchen starts. The status is read under a lock inside the
 * transaction, so a cancel racing the kitchen's start has exactly one winner.
 */
public class CancelOrder {

    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /**
     * @param orders     where orders are kept
     * @param unitOfWork the transaction boundary
     * @param clock      the current time
     */
    @Inject
    public CancelOrder(OrderRepository orders, UnitOfWork unitOfWork, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Cancels the caller's order.
     *
     * @throws NotFoundException when it does not exist or is someone else's
     * @throws ConflictException when the kitchen has started or the order is finished
     */
    public Order cancel(Caller caller, OrderUid uid) {
        return unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(uid)
                    .filter(found -> found.customerId().equals(caller.customerId()))
                    .orElseThrow(() -> new NotFoundException("order", uid));
            Order cancelled = order.cancel(clock.instant());
            orders.update(cancelled);
            return cancelled;
        });
    }
}
