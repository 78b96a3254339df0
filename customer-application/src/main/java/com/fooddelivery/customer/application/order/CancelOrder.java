package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.application.payment.CancellationSettlement;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.CancelledBy;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderCancelled;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Cancels an order before the kitchen starts. The order is locked, so a cancel racing the kitchen's
 * start has one winner (a card payment the kitchen's start made {@code CAPTURING} refuses the cancel); the money is released or sent back only after the commit
 * ({@link CancellationSettlement}), and when the processor does not answer, cancelling again asks again.
 */
public class CancelOrder {

    private static final String WHY = "order cancelled by the customer";

    private final OrderRepository orders;
    private final CancellationSettlement settlement;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public CancelOrder(
            OrderRepository orders,
            CancellationSettlement settlement,
            UnitOfWork unitOfWork,
            Clock clock,
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
     * @throws NotFoundException when it does not exist or is someone else's
     * @throws ConflictException when the kitchen has started (its card capture under way included) or the order
     *                           is finished, or the processor
     *                           refused to send paid money back (the order stays cancelled)
     */
    public Order cancel(CustomerId customer, OrderUid uid) {
        Cancelled cancelled = unitOfWork.inTransaction(() -> {
            Order order = CallersOrder.of(orders.lockByUid(uid), customer, uid);
            Optional<CancellationSettlement.Claim> owed = settlement.owed(order, WHY);
            if (owed.isPresent()) {
                // Cancelled before, its money not yet settled: this request asks the processor again.
                return new Cancelled(order, owed);
            }
            Instant now = clock.instant();
            Order next = order.cancel(now);
            // The payment first: a capture under way refuses the cancel before anything is written.
            Optional<CancellationSettlement.Claim> claim = settlement.claim(next, now, WHY);
            orders.update(next);
            events.append(new OrderCancelled(uid, CancelledBy.CUSTOMER, now));
            events.appendAll(OrderChanges.between(order, next, now));
            return new Cancelled(next, claim);
        });
        return cancelled.claim().map(settlement::finish).orElse(cancelled.order());
    }

    /** The order as the cancel committed it, and what is still owed on its payment. */
    private record Cancelled(Order order, Optional<CancellationSettlement.Claim> claim) {}
}
