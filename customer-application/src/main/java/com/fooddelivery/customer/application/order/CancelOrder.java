package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.application.payment.CancelledOrderPayments;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent.CancelledBy;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent.OrderCancelled;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.customer.CustomerId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Cancels an order before the kitchen starts. The status is read under a lock inside the
 * transaction, so a cancel racing the kitchen's start has exactly one winner. The order's payment is
 * settled in the same transaction: a card hold released, a bank transfer refunded.
 */
public class CancelOrder {

    private final OrderRepository orders;
    private final CancelledOrderPayments settlement;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    /**
     * @param orders     where orders are kept
     * @param settlement releases or refunds the order's payment
     * @param unitOfWork the transaction boundary
     * @param clock      the current time
     * @param events     where the cancel is recorded for the rest of the company
     */
    @Inject
    public CancelOrder(OrderRepository orders, CancelledOrderPayments settlement, UnitOfWork unitOfWork, Clock clock,
                       EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Cancels the customer's order.
     *
     * @param customer who cancels
     * @param uid which order
     * @return the order, CANCELLED, with its payment settled
     * @throws NotFoundException when it does not exist or is someone else's
     * @throws ConflictException when the kitchen has started or the order is finished
     */
    public Order cancel(CustomerId customer, OrderUid uid) {
        return unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(uid)
                    .filter(found -> found.customerId().equals(customer))
                    .orElseThrow(() -> new NotFoundException("order", uid));
            Order cancelled = settlement.settle(order.cancel(clock.instant()), clock.instant(),
                    "order cancelled by the customer");
            orders.update(cancelled);
            events.append(new OrderCancelled(uid, CancelledBy.CUSTOMER, clock.instant()));
            events.appendAll(OrderChanges.between(order, cancelled, clock.instant()));
            return cancelled;
        });
    }
}
