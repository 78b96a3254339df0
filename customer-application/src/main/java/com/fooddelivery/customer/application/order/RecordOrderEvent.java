package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent.PaymentFailed;
import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies what the kitchen or the courier reports about an order, and their revised estimates. A
 * report that was already applied changes nothing, so their retries are safe. Two reports move
 * money, in the same transaction: the kitchen's start captures a card's held payment, and the
 * courier's PAYMENT_COLLECTED pays the cash or POS payment, a POS payment always with the terminal's
 * reference and a cash payment never with one. A
 * capture the processor refuses keeps the order PROCESSING and its payment AUTHORIZED, with the
 * refusal as the payment's failure reason, and answers the kitchen with a conflict: do not cook.
 */
public class RecordOrderEvent {

    /** How far ahead of this service's clock a reported time may be, for clocks that drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    /**
     * @param orders     where orders are kept
     * @param payments   the orders' payments
     * @param cards      captures held card payments
     * @param unitOfWork the transaction boundary
     * @param clock      the current time
     * @param events     where every change is recorded for the rest of the company
     */
    @Inject
    public RecordOrderEvent(OrderRepository orders, PaymentRepository payments, CardProcessor cards,
                            UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Applies the event.
     *
     * @param command the report
     * @return the order after the event, and whether it changed anything
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when the event does not follow from the order's status, or the card
     *                           processor refuses to capture the held money when cooking starts (the order
     *                           stays PROCESSING; only the refusal is recorded on the payment)
     */
    public Order.Transition record(Command command) {
        Instant now = clock.instant();
        Validator.check().require(command.at().map(at -> !at.isAfter(now.plus(CLOCK_SKEW))).orElse(true), "at",
                "must not be in the future").done();
        Recorded recorded = unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(command.uid()).orElseThrow(() -> new NotFoundException("order", command.uid()));
            // A report without a time happened now, yet not before the previous step that another
            // instance, whose clock may run a little ahead of this one, recorded.
            Instant at = command.at().orElseGet(() -> later(now, order.timeline().lastStepAt()));
            Order.Transition transition = order.apply(command.event(), at);
            Order next = transition.order();
            // Revised before any money moves, so that a refused revision leaves the payment untouched too.
            boolean revised = false;
            if (command.estimatedReadyAt().isPresent() || command.estimatedDeliveryAt().isPresent()) {
                Instant ready = command.estimatedReadyAt().orElse(next.estimates().readyAt());
                Instant delivery = command.estimatedDeliveryAt().orElse(next.estimates().deliveryAt());
                Validator.check().require(!delivery.isBefore(ready), "estimatedDeliveryAt",
                        "must not be before the estimated ready time").done();
                Estimates estimates = new Estimates(ready, delivery);
                if (!estimates.equals(next.estimates())) {
                    next = next.revise(estimates);
                    revised = true;
                }
            }
            if (transition.changed()) {
                Settled settled = settlePayment(next, command, now);
                if (settled.captureRefused().isPresent()) {
                    events.append(new PaymentFailed(order.uid(), order.paymentMethod(),
                            "the card processor refused to capture the held money", now));
                    return new Recorded(new Order.Transition(order, false), settled.captureRefused());
                }
                next = settled.order();
            }
            if (transition.changed() || revised) {
                orders.update(next);
                events.appendAll(OrderChanges.between(order, next, now));
            }
            return new Recorded(new Order.Transition(next, transition.changed() || revised), Optional.empty());
        });
        if (recorded.captureRefused().isPresent()) {
            throw new ConflictException("The card payment could not be captured (" + recorded.captureRefused().get()
                    + "); do not start cooking.");
        }
        return recorded.transition();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private Settled settlePayment(Order order, Command command, Instant now) {
        if (command.event() == OrderEvent.COOKING_STARTED && order.paymentMethod() == PaymentMethod.CARD) {
            Payment held = payments.liveOf(order.uid())
                    .filter(live -> live.status() == Payment.Status.AUTHORIZED || live.status() == Payment.Status.PAID)
                    .orElseThrow(() -> new ConflictException("The card payment of this order is not authorised."));
            if (held.status() == Payment.Status.PAID) {
                // The processor's webhook reported a capture made on its side first; nothing left to take.
                return new Settled(order, Optional.empty());
            }
            CardProcessor.Outcome outcome = cards.capture(held.providerReference().orElseThrow(), held.amount(),
                    held.reference() + "-capture");
            if (outcome instanceof CardProcessor.Declined declined) {
                // The kitchen hears not to cook an order whose money cannot be taken, and the order stays
                // PROCESSING with its hold: a refusal is no proof the hold is gone. The processor's word
                // about the hold settles it (a cancelled hold sends the order back to AWAITING_PAYMENT), or
                // the customer's cancel releases it; meanwhile the payment shows why cooking did not start.
                payments.update(held.captureRefused(Payment.fittedReason(
                        "the card processor refused to capture the held money: " + declined.reason()), now));
                return new Settled(order, Optional.of(declined.reason()));
            }
            payments.update(held.paid(Optional.of(((CardProcessor.Approved) outcome).processorReference()), now));
            return new Settled(order.paymentCaptured(), Optional.empty());
        }
        if (command.event() == OrderEvent.PAYMENT_COLLECTED) {
            // A card terminal's payment is traced by its reference; cash has no terminal to name.
            boolean pos = order.paymentMethod() == PaymentMethod.POS_ON_DELIVERY;
            Validator.check()
                    .require(!pos || command.terminalReference().isPresent(), "terminalReference",
                            "is required for a POS_ON_DELIVERY order: the terminal's transaction reference")
                    .require(pos || command.terminalReference().isEmpty(), "terminalReference",
                            "belongs to POS_ON_DELIVERY orders; a " + order.paymentMethod() + " order has no terminal")
                    .done();
            Payment atTheDoor = payments.liveOf(order.uid()).orElseGet(() -> {
                // Orders placed before payments were recorded have none yet.
                Payment started = Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), now);
                payments.add(started);
                return started;
            });
            payments.update(atTheDoor.paid(command.terminalReference(), now));
        }
        return new Settled(order, Optional.empty());
    }

    /** The order after its payment was settled, or the processor's refusal to capture. */
    private record Settled(Order order, Optional<String> captureRefused) {
    }

    /** What the transaction committed, and the capture refusal to report once it has. */
    private record Recorded(Order.Transition transition, Optional<String> captureRefused) {
    }

    /**
     * A report from the kitchen or the courier.
     *
     * @param uid                 which order
     * @param event               what happened
     * @param at                  when, if not now
     * @param estimatedReadyAt    a revised ready time
     * @param estimatedDeliveryAt a revised delivery time
     * @param terminalReference   for PAYMENT_COLLECTED by card at the door, the POS terminal's transaction reference
     */
    public record Command(OrderUid uid, OrderEvent event, Optional<Instant> at, Optional<Instant> estimatedReadyAt,
                          Optional<Instant> estimatedDeliveryAt, Optional<String> terminalReference) {

        /**
         * A report that names no terminal reference.
         *
         * @param uid which order
         * @param event what happened
         * @param at when, if not now
         * @param estimatedReadyAt a revised ready time
         * @param estimatedDeliveryAt a revised delivery time
         */
        public Command(OrderUid uid, OrderEvent event, Optional<Instant> at, Optional<Instant> estimatedReadyAt,
                       Optional<Instant> estimatedDeliveryAt) {
            this(uid, event, at, estimatedReadyAt, estimatedDeliveryAt, Optional.empty());
        }

        /**
         * Requires every part (absent ones as empty {@code Optional}s); refuses a terminal reference other than
         * 1 to 100 visible ASCII characters or on another event than PAYMENT_COLLECTED, and a delivery
         * estimated before the food is ready.
         *
         * @param uid which order
         * @param event what happened
         * @param at when, if not now
         * @param estimatedReadyAt a revised ready time
         * @param estimatedDeliveryAt a revised delivery time
         * @param terminalReference for PAYMENT_COLLECTED by card at the door, the POS terminal's transaction
         *     reference
         * @throws com.fooddelivery.customer.domain.shared.ValidationException naming each such field
         */
        public Command {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(estimatedReadyAt, "estimatedReadyAt");
            Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
            Objects.requireNonNull(terminalReference, "terminalReference");
            Validator.check()
                    .require(terminalReference.map(value -> value.matches("[\\x21-\\x7E]{1,100}")).orElse(true),
                            "terminalReference", "must be 1 to 100 visible ASCII characters")
                    .require(terminalReference.isEmpty() || event == OrderEvent.PAYMENT_COLLECTED, "terminalReference",
                            "belongs to PAYMENT_COLLECTED only")
                    .require(estimatedReadyAt.isEmpty() || estimatedDeliveryAt.isEmpty()
                            || !estimatedDeliveryAt.get().isBefore(estimatedReadyAt.get()),
                            "estimatedDeliveryAt", "must not be before estimatedReadyAt")
                    .done();
        }
    }
}
