package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.event.CancelledBy;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderCancelled;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentTimeout;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cancels prepaid orders whose money did not arrive in time, as the service's own decision. Meant to
 * run periodically on every instance: each run locks a batch of due orders skipping those another
 * instance holds, so instances share the work and none cancels an order twice.
 */
public class ExpireUnpaidOrders {

    /** Orders cancelled per transaction; a backlog is worked off over several runs. */
    static final int BATCH = 100;

    private final OrderRepository orders;
    private final CancellationSettlement settlement;
    private final UnitOfWork unitOfWork;
    private final PaymentTimeout timeout;
    private final Clock clock;
    private final EventLog events;

    /**
     * @param timeout    how long an order may wait for its money
     * @param events     where the cancels are recorded for the rest of the company
     */
    @Inject
    public ExpireUnpaidOrders(
            OrderRepository orders,
            CancellationSettlement settlement,
            UnitOfWork unitOfWork,
            PaymentTimeout timeout,
            Clock clock,
            EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Cancels one batch of overdue orders; returns how many were cancelled. */
    public int expire() {
        Instant now = clock.instant();
        List<CancellationSettlement.Claim> owed = new ArrayList<>();
        int cancelled = unitOfWork.inTransaction(() -> {
            owed.clear();
            List<Order> due = orders.lockUnpaidPlacedBefore(now.minus(timeout.value()), BATCH);
            for (Order order : due) {
                Order next = order.cancel(now);
                orders.update(next);
                events.append(new OrderCancelled(order.uid(), CancelledBy.PAYMENT_TIMEOUT, now));
                events.appendAll(OrderChanges.between(order, next, now));
                settlement
                        .claim(
                                next,
                                now,
                                "order cancelled: not paid within "
                                        + timeout.value().toMinutes() + " minutes")
                        .ifPresent(owed::add);
            }
            return due.size();
        });
        // Authentications under way are given up at the processor once the cancels are committed. One
        // left unanswered stays RELEASING: the payment's retry or the processor's own word completes it.
        for (CancellationSettlement.Claim claim : owed) {
            try {
                settlement.finish(claim);
            } catch (PaymentGatewayException unanswered) {
                // The next claim is another order's; this one is not lost (see above).
            }
        }
        return cancelled;
    }
}
