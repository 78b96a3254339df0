package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.PaymentActionRequired;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Records the processor's answer to a payment's authorisation, inside the caller's unit of work and
 * under the order's lock: a hold or a refusal settles the attempt, a request for 3-D Secure makes it wait
 * for the cardholder, and an order cancelled while the processor worked leaves its hold owed a release,
 * which {@link HoldRelease} asks for after the commit.
 */
final class AuthorizationAnswers {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final Clock clock;
    private final EventLog events;
    private final CardAttempts attempts;
    private final HoldRelease holds;

    AuthorizationAnswers(
            OrderRepository orders,
            PaymentRepository payments,
            Clock clock,
            EventLog events,
            CardAttempts attempts,
            HoldRelease holds) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.holds = Objects.requireNonNull(holds, "holds");
    }

    Recorded record(Payment attempt, CardProcessor.Outcome outcome, boolean replayed) {
        Order order = orders.lockByUid(attempt.orderUid()).orElseThrow();
        Payment current = payments.byReference(attempt.reference()).orElseThrow();
        var now = clock.instant();
        if (outcome instanceof CardProcessor.Declined declined) {
            CardAttempts.Settled settled = attempts.declined(current, order, declined, now);
            return new Recorded(
                    new PayOrder.Result(settled.payment(), order, Optional.empty(), Optional.empty(), replayed),
                    Optional.empty());
        }
        if (outcome instanceof CardProcessor.RequiresAction action) {
            Optional<Recorded> waiting = awaitAuthentication(current, order, action, replayed, now);
            if (waiting.isPresent()) {
                return waiting.get();
            }
            return holds.owe(
                    current,
                    order,
                    action.processorReference(),
                    pending -> pending.requiresAction(action.processorReference(), now),
                    replayed,
                    now);
        }
        CardProcessor.Approved approved = (CardProcessor.Approved) outcome;
        if (current.status() == Payment.Status.PENDING && order.status() == OrderStatus.AWAITING_PAYMENT) {
            CardAttempts.Settled settled = attempts.approved(current, order, approved, now);
            return new Recorded(
                    new PayOrder.Result(
                            settled.payment(), settled.order(), Optional.empty(), Optional.empty(), replayed),
                    Optional.empty());
        }
        if (current.status() == Payment.Status.AUTHORIZED
                || current.status() == Payment.Status.CAPTURING
                || current.status() == Payment.Status.PAID) {
            // A racing retry with the same key got here first.
            return new Recorded(
                    new PayOrder.Result(current, order, Optional.empty(), Optional.empty(), true), Optional.empty());
        }
        return holds.owe(
                current,
                order,
                approved.processorReference(),
                pending -> pending.authorized(approved.processorReference(), approved.card(), now),
                replayed,
                now);
    }

    /**
     * The processor wants the cardholder to authenticate: the attempt waits for them, and the answer
     * says where to send them. Empty when the order was cancelled while the processor worked.
     */
    private Optional<Recorded> awaitAuthentication(
            Payment current, Order order, CardProcessor.RequiresAction action, boolean replayed, Instant now) {
        Optional<String> url = Optional.of(action.redirectUrl());
        if (current.status() == Payment.Status.PENDING && order.status() == OrderStatus.AWAITING_PAYMENT) {
            Payment waiting = current.requiresAction(action.processorReference(), now);
            payments.update(waiting);
            events.append(new PaymentActionRequired(order.uid(), waiting.method(), now));
            return Optional.of(new Recorded(
                    new PayOrder.Result(waiting, order, Optional.empty(), url, replayed), Optional.empty()));
        }
        if (current.status() == Payment.Status.REQUIRES_ACTION) {
            return Optional.of(
                    new Recorded(new PayOrder.Result(current, order, Optional.empty(), url, true), Optional.empty()));
        }
        if (current.status().live()) {
            // Settled meanwhile (the cardholder authenticated and the webhook came first).
            return Optional.of(new Recorded(
                    new PayOrder.Result(current, order, Optional.empty(), Optional.empty(), true), Optional.empty()));
        }
        return Optional.empty();
    }
}
