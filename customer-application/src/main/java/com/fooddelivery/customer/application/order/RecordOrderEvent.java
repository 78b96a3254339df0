package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
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
 * {@link OrderEventPayments}'; a card order starts cooking only once its capture, asked after the commit
 * ({@link KitchenCapture}), took the money, and a refused capture answers the kitchen with a conflict: do not cook.
 */
public class RecordOrderEvent {

    /** How far ahead of this service's clock a reported time may be, for clocks that drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final OrderRepository orders;
    private final OrderEventPayments money;
    private final KitchenCapture capture;
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
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.capture = new KitchenCapture(orders, payments, cards, unitOfWork, clock, events);
        this.money = new OrderEventPayments(payments, capture);
    }

    /**
     * Applies the event. A card order's COOKING_STARTED commits its payment {@code CAPTURING} first, then asks
     * the processor outside any transaction and applies the step with the answer (decision 0014).
     *
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when the event does not follow from the status, or the processor refuses the capture
     * @throws com.fooddelivery.customer.domain.payment.PaymentGatewayException when the processor does not answer
     *     the capture: the payment stays {@code CAPTURING}, and a repeated report asks again
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
        Applied applied = unitOfWork.inTransaction(() -> apply(command, now));
        if (applied.owed().isEmpty()) {
            return applied.transition();
        }
        KitchenCapture.Owed owed = applied.owed().get();
        KitchenCapture.Recorded recorded = capture.record(owed, capture.ask(owed));
        if (recorded.refused().isPresent()) {
            throw new ConflictException("The card payment could not be captured ("
                    + recorded.refused().get() + "); do not start cooking.");
        }
        return recorded.transition();
    }

    /** Applies the event under the order's lock with the revised estimates, or commits the capture it waits for. */
    private Applied apply(Command command, Instant now) {
        Order order = orders.lockByUid(command.uid()).orElseThrow(() -> new NotFoundException("order", command.uid()));
        // A report without a time happened now, yet not before the previous step that another
        // instance, whose clock may run a little ahead of this one, recorded.
        Instant at = command.at().orElseGet(() -> later(now, order.timeline().lastStepAt()));
        Order.Transition transition = order.apply(command.event(), at);
        // Revised before any money moves, so that a refused revision leaves the payment untouched too.
        Optional<Order> revised = revised(transition.order(), command);
        if (transition.changed()) {
            Optional<KitchenCapture.Owed> owed = money.settle(order, command, at, revised.map(Order::estimates), now);
            if (owed.isPresent()) {
                // The kitchen's start is applied with the processor's answer; until then the payment is CAPTURING.
                return new Applied(new Order.Transition(order, false), owed);
            }
        }
        Order next = revised.orElse(transition.order());
        boolean changed = transition.changed() || revised.isPresent();
        if (changed) {
            orders.update(next);
            events.appendAll(OrderChanges.between(order, next, now));
        }
        return new Applied(new Order.Transition(next, changed), Optional.empty());
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

    /** What the transaction committed, and the capture it left owed. */
    private record Applied(Order.Transition transition, Optional<KitchenCapture.Owed> owed) {}

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
