package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.event.PaymentFailed;
import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The capture of a card's held money when the kitchen starts, in three steps so that no row stays locked while
 * the processor answers (decision 0014). {@link #owe} runs in the kitchen's unit of work and commits the payment
 * {@code CAPTURING}, which a cancel refuses; {@link #ask} asks the processor after that commit under the attempt's
 * one {@code -capture} key; {@link #record} records the answer in a unit of work of its own, where the order starts
 * cooking once the money is taken. Shared by the kitchen's report and the sweep of captures left behind.
 */
final class KitchenCapture {

    private static final String REFUSED = "the card processor refused to capture the held money";

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    KitchenCapture(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Inside the kitchen's unit of work, with {@code order} locked and still {@code PROCESSING}: commits the held
     * money as owed a capture. A capture already owed (asked before and unanswered) is owed again as it stands.
     *
     * @param startedAt when the kitchen started, applied once the money is taken
     * @param revised   the kitchen's revised estimates, likewise
     * @return the capture to ask for after the commit; empty when the processor captured on its own already
     * @throws ConflictException when no card money is held for the order
     */
    Optional<Owed> owe(Order order, Instant startedAt, Optional<Estimates> revised, Instant now) {
        Payment held = payments.liveOf(order.uid())
                .filter(live -> live.status() == Payment.Status.AUTHORIZED
                        || live.status() == Payment.Status.CAPTURING
                        || live.status() == Payment.Status.PAID)
                .orElseThrow(() -> new ConflictException("The card payment of this order is not authorised."));
        if (held.status() == Payment.Status.PAID) {
            // The processor's webhook reported a capture made on its side first; nothing left to take.
            return Optional.empty();
        }
        if (held.status() == Payment.Status.AUTHORIZED) {
            payments.update(held.capturing(now));
        }
        return Optional.of(new Owed(order.uid(), held, startedAt, revised));
    }

    /**
     * Outside any transaction: asks the processor to capture. Asking again is harmless: the processor answers a
     * repeated {@code -capture} key with its first answer, so money is taken once.
     *
     * @throws com.fooddelivery.customer.domain.payment.PaymentGatewayException when the processor does not answer:
     *     the payment stays {@code CAPTURING}, and the kitchen's retry or the sweep asks again
     */
    CardProcessor.Outcome ask(Owed owed) {
        return cards.capture(
                owed.held().providerReference().orElseThrow(),
                owed.held().amount(),
                owed.held().reference().captureKey());
    }

    /**
     * In a unit of work of its own, under the order's lock: records the processor's answer. Taken, the payment is
     * {@code PAID} and the order {@code COOKING}; refused, the hold stays {@code AUTHORIZED} with the refusal, and
     * the order {@code PROCESSING}. An answer a racing retry or the sweep recorded first is left as it is.
     */
    Recorded record(Owed owed, CardProcessor.Outcome outcome) {
        return unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(owed.order()).orElseThrow();
            Payment current = payments.byReference(owed.held().reference()).orElseThrow();
            if (current.status() != Payment.Status.CAPTURING) {
                return recordedBefore(order, current);
            }
            Instant now = clock.instant();
            if (outcome instanceof CardProcessor.Declined declined) {
                // Not to be cooked, yet PROCESSING with its hold: a refusal is no proof the hold is gone. The
                // processor's word on the hold or the customer's cancel settles it.
                payments.update(current.captureRefused(Payment.fittedReason(REFUSED + ": " + declined.reason()), now));
                events.append(new PaymentFailed(order.uid(), order.paymentMethod(), REFUSED, now));
                return new Recorded(new Order.Transition(order, false), Optional.of(declined.reason()));
            }
            payments.update(current.paid(Optional.of(((CardProcessor.Approved) outcome).processorReference()), now));
            Order cooking = order.apply(OrderEvent.COOKING_STARTED, later(owed.startedAt(), order))
                    .order();
            Order next = owed.revised().map(cooking::revise).orElse(cooking).paymentCaptured();
            orders.update(next);
            events.appendAll(OrderChanges.between(order, next, now));
            return new Recorded(new Order.Transition(next, true), Optional.empty());
        });
    }

    /** What another recorder of the same capture left: the order cooking, or the hold with its refusal. */
    private static Recorded recordedBefore(Order order, Payment current) {
        if (current.status() == Payment.Status.AUTHORIZED) {
            return new Recorded(
                    new Order.Transition(order, false),
                    Optional.of(current.failureReason().orElse(REFUSED)));
        }
        return new Recorded(new Order.Transition(order, false), Optional.empty());
    }

    /** The kitchen's time, yet not before a step another instance recorded meanwhile. */
    private static Instant later(Instant startedAt, Order order) {
        Instant last = order.timeline().lastStepAt();
        return startedAt.isBefore(last) ? last : startedAt;
    }

    /**
     * A capture committed as owed, to ask for after the commit.
     *
     * @param held the attempt whose hold is captured
     */
    record Owed(OrderUid order, Payment held, Instant startedAt, Optional<Estimates> revised) {
        Owed {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(held, "held");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(revised, "revised");
        }

        /** A capture the service left behind: cooking started when it was committed, with no revised estimates. */
        static Owed leftBehind(Payment capturing) {
            return new Owed(capturing.orderUid(), capturing, capturing.updatedAt(), Optional.empty());
        }
    }

    /**
     * What a capture's answer left.
     *
     * @param refused the processor's reason when it refused to capture: the kitchen must not cook
     */
    record Recorded(Order.Transition transition, Optional<String> refused) {}
}
