package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
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
 * report that was already applied changes nothing, so their retries are safe.
 */
public class RecordOrderEvent {

    /** How far ahead of this service's clock a reported time may be, for clocks that drift. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /**
     * @param orders     where orders are kept
     * @param unitOfWork the transaction boundary
     * @param clock      the current time
     */
    @Inject
    public RecordOrderEvent(OrderRepository orders, UnitOfWork unitOfWork, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Applies the event.
     *
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when the event does not follow from the order's status
     */
    public Order.Transition record(Command command) {
        Instant now = clock.instant();
        Instant at = command.at().orElse(now);
        Validator.check().require(!at.isAfter(now.plus(CLOCK_SKEW)), "at", "must not be in the future").done();
        return unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(command.uid()).orElseThrow(() -> new NotFoundException("order", command.uid()));
            Order.Transition transition = order.apply(command.event(), at);
            Order next = transition.order();
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
            if (transition.changed() || revised) {
                orders.update(next);
            }
            return new Order.Transition(next, transition.changed() || revised);
        });
    }

    /**
     * A report from the kitchen or the courier.
     *
     * @param uid                 which order
     * @param event               what happened
     * @param at                  when, if not now
     * @param estimatedReadyAt    a revised ready time
     * @param estimatedDeliveryAt a revised delivery time
     */
    public record Command(OrderUid uid, OrderEvent event, Optional<Instant> at, Optional<Instant> estimatedReadyAt,
                          Optional<Instant> estimatedDeliveryAt) {

        public Command {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(estimatedReadyAt, "estimatedReadyAt");
            Objects.requireNonNull(estimatedDeliveryAt, "estimatedDeliveryAt");
            Validator.check().require(estimatedReadyAt.isEmpty() || estimatedDeliveryAt.isEmpty()
                            || !estimatedDeliveryAt.get().isBefore(estimatedReadyAt.get()),
                    "estimatedDeliveryAt", "must not be before estimatedReadyAt").done();
        }
    }
}
