package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.event.PaymentFailed;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import java.time.Instant;
import java.util.Objects;

/**
 * Records the processor's final answer about a card attempt that has not been settled yet (pending,
 * or waiting for the cardholder's authentication), inside the caller's unit of work and under the
 * order's lock: a hold sends the order to the kitchen, a refusal fails the attempt. Shared by paying
 * and by completing an authentication, so both settle an attempt the same way; not a use case.
 */
final class CardAttempts {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final EventLog events;

    CardAttempts(OrderRepository orders, PaymentRepository payments, EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The attempt and its order after the processor's answer. */
    record Settled(Payment payment, Order order) {}

    static boolean unsettled(Payment payment) {
        return payment.status() == Payment.Status.PENDING || payment.status() == Payment.Status.REQUIRES_ACTION;
    }

    /** A refusal fails an unsettled attempt; anything else is left as it stands (an earlier answer won). */
    Settled declined(Payment current, Order order, CardProcessor.Declined declined, Instant now) {
        if (!unsettled(current)) {
            return new Settled(current, order);
        }
        Payment failed = current.failed(Payment.fittedReason(declined.reason()), now);
        payments.update(failed);
        events.append(new PaymentFailed(
                order.uid(), failed.method(), failed.failureReason().orElseThrow(), now));
        return new Settled(failed, order);
    }

    /**
     * A hold authorises an unsettled attempt of an order still waiting for its money, and the order goes
     * to the kitchen. Anything else is left as it stands for the caller to handle.
     */
    Settled approved(Payment current, Order order, CardProcessor.Approved approved, Instant now) {
        if (!unsettled(current) || order.status() != OrderStatus.AWAITING_PAYMENT) {
            return new Settled(current, order);
        }
        Payment authorized = current.authorized(approved.processorReference(), approved.card(), now);
        Order paid = order.paymentSecured(false);
        payments.update(authorized);
        orders.update(paid);
        events.appendAll(OrderChanges.between(order, paid, now));
        return new Settled(authorized, paid);
    }
}
