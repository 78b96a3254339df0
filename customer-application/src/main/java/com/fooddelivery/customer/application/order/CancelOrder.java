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
 * Cancels an order before the kitchen starts. The status is read under a lock inside the
 * transaction, so a cancel racing the kitchen's start has exactly one winner: the cancel commits
 * {@code CANCELLED} (and gives up the card's hold) before any other system is asked anything, and
 * the kitchen's start, locking the order after it, finds it cancelled. Only then, outside any
 * transaction, is the money released or sent back ({@link CancellationSettlement}); should the
 * processor or bank not answer, the order stays cancelled and cancelling it again asks again.
 */
public class CancelOrder {

    private static final String WHY = "order cancelled by the customer";

    private final OrderRepository orders;
    private final CancellationSettlement settlement;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    /** @param events     where the cancel is recorded for the rest of the company */
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
     * @throws ConflictException when the kitchen has started or the order is finished, or the processor
     *                           refused to send paid money back (the order stays cancelled)
     * @throws com.fooddelivery.customer.domain.payment.PaymentGatewayException when the processor or bank
     *         did not answer: the order stays cancelled, and the same request asks again
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
            orders.update(next);
            events.append(new OrderCancelled(uid, CancelledBy.CUSTOMER, now));
            events.appendAll(OrderChanges.between(order, next, now));
            return new Cancelled(next, settlement.claim(next, now, WHY));
        });
        return cancelled.claim().map(settlement::finish).orElse(cancelled.order());
    }

    /** The order as the cancel committed it, and what is still owed on its payment. */
    private record Cancelled(Order order, Optional<CancellationSettlement.Claim> claim) {}
}
