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
 * Applies what the kitchen or the courier reports about an order, and their revised estimates; a
 * repeated report changes nothing, so their retries are safe. The money two reports move is
 * {@link OrderEventPayments}'; a refused capture answers the kitchen with a conflict: do not cook.
 */
public class RecordOrderEvent {

    /** How far ahead of this service's clock a reported time may be, for clocks that drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final OrderRepository orders;
    private final OrderEventPayments money;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public RecordOrderEvent(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.money = new OrderEventPayments(payments, cards);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Applies the event.
     *
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when the event does not follow from the status, or the processor refuses the capture
     */
    public Order.Transition record(Command command) {
        Instant now = clock.instant();
        Validator.check()
                .require(
                        command.at()
                                .map(at -> !at.isAfter(now.plus(CLOCK_SKEW)))
                                .orElse(true),
                        "at",
                        "must not be in the future")
                .done();
        Recorded recorded = unitOfWork.inTransaction(() -> apply(command, now));
        if (recorded.captureRefused().isPresent()) {
            throw new ConflictException("The card payment could not be captured ("
                    + recorded.captureRefused().get() + "); do not start cooking.");
        }
        return recorded.transition();
    }

    /** Applies the event under the order's lock, then the revised estimates, then the money it moves. */
    private Recorded apply(Command command, Instant now) {
        Order order = orders.lockByUid(command.uid()).orElseThrow(() -> new NotFoundException("order", command.uid()));
        // A report without a time happened now, yet not before the previous step that another
        // instance, whose clock may run a little ahead of this one, recorded.
        Instant at = command.at().orElseGet(() -> later(now, order.timeline().lastStepAt()));
        Order.Transition transition = order.apply(command.event(), at);
        // Revised before any money moves, so that a refused revision leaves the payment untouched too.
        Optional<Order> revised = revised(transition.order(), command);
        Order next = revised.orElse(transition.order());
        if (transition.changed()) {
            OrderEventPayments.Settled settled = money.settle(next, command, now);
            if (settled.captureRefused().isPresent()) {
                events.append(new PaymentFailed(
                        order.uid(),
                        order.paymentMethod(),
                        "the card processor refused to capture the held money",
                        now));
                return new Recorded(new Order.Transition(order, false), settled.captureRefused());
            }
            next = settled.order();
        }
        boolean changed = transition.changed() || revised.isPresent();
        if (changed) {
            orders.update(next);
            events.appendAll(OrderChanges.between(order, next, now));
        }
        return new Recorded(new Order.Transition(next, changed), Optional.empty());
    }

    /** The order with the report's revised estimates, or empty when the report revises nothing. */
    private static Optional<Order> revised(Order order, Command command) {
        if (command.estimatedReadyAt().isEmpty()
                && command.estimatedDeliveryAt().isEmpty()) {
            return Optional.empty();
        }
        Instant ready = command.estimatedReadyAt().orElse(order.estimates().readyAt());
        Instant delivery =
                command.estimatedDeliveryAt().orElse(order.estimates().deliveryAt());
        Validator.check()
                .require(
                        !delivery.isBefore(ready), "estimatedDeliveryAt", "must not be before the estimated ready time")
                .done();
        Estimates estimates = new Estimates(ready, delivery);
        return estimates.equals(order.estimates()) ? Optional.empty() : Optional.of(order.revise(estimates));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** What the transaction committed, and the capture refusal to report once it has. */
    private record Recorded(Order.Transition transition, Optional<String> captureRefused) {}

    /** A report from the kitchen or the courier; a terminal reference only for PAYMENT_COLLECTED at a POS. */
    public record Command(
            OrderUid uid,
            OrderEvent event,
            Optional<Instant> at,
            Optional<Instant> estimatedReadyAt,
            Optional<Instant> estimatedDeliveryAt,
            Optional<String> terminalReference) {

        /** A report that names no terminal reference. */
        public Command(
                OrderUid uid,
                OrderEvent event,
                Optional<Instant> at,
                Optional<Instant> estimatedReadyAt,
                Optional<Instant> estimatedDeliveryAt) {
            this(uid, event, at, estimatedReadyAt, estimatedDeliveryAt, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(estimatedReadyAt, "estimatedReadyAt");
            Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
            Objects.requireNonNull(terminalReference, "terminalReference");
            Validator.check()
                    .require(
                            terminalReference
                                    .map(value -> value.matches("[\\x21-\\x7E]{1,100}"))
                                    .orElse(true),
                            "terminalReference",
                            "must be 1 to 100 visible ASCII characters")
                    .require(
                            terminalReference.isEmpty() || event == OrderEvent.PAYMENT_COLLECTED,
                            "terminalReference",
                            "belongs to PAYMENT_COLLECTED only")
                    .require(
                            estimatedReadyAt.isEmpty()
                                    || estimatedDeliveryAt.isEmpty()
                                    || !estimatedDeliveryAt.get().isBefore(estimatedReadyAt.get()),
                            "estimatedDeliveryAt",
                            "must not be before estimatedReadyAt")
                    .done();
        }
    }
}
