package com.fooddelivery.customer.application.tracking;

import com.fooddelivery.customer.domain.event.CourierPositionReported;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
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
import java.util.OptionalDouble;

/**
 * The courier's device reports where it is: the order's latest position (an older measurement changes
 * nothing) and an event the customer's live stream shows.
 */
public class ReportCourierPosition {

    /** How far ahead of the service's clock a device's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final OrderRepository orders;
    private final CourierPositions positions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public ReportCourierPosition(
            OrderRepository orders, CourierPositions positions, UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Records a report.
     *
     * @throws NotFoundException  when there is no such order
     * @throws ConflictException  when the order is not IN_DELIVERY
     */
    public Result report(Command command) {
        Validator.check()
                .require(
                        !command.position().at().isAfter(clock.instant().plus(CLOCK_SKEW)),
                        "at",
                        "must not be in the future")
                .done();
        return unitOfWork.inTransaction(() -> {
            Order order =
                    orders.lockByUid(command.uid()).orElseThrow(() -> new NotFoundException("order", command.uid()));
            if (order.status() != OrderStatus.IN_DELIVERY) {
                throw new ConflictException("The courier's position is taken only while the order is IN_DELIVERY;"
                        + " this one is " + order.status() + ".");
            }
            CourierPosition reported = command.position();
            boolean newer = positions
                    .latest(order.uid())
                    .map(kept -> reported.at().isAfter(kept.at()))
                    .orElse(true);
            if (newer) {
                positions.keep(order.uid(), reported);
                events.append(new CourierPositionReported(order.uid(), reported, reported.at()));
            }
            return new Result(order, positions.latest(order.uid()).orElse(reported));
        });
    }

    /** A courier's report. */
    public record Command(OrderUid uid, CourierPosition position) {
        public Command {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(position, "position");
        }

        /** A report as the device sent it, every bad field named at once. */
        public static Command of(OrderUid uid, Double lat, Double lon, Instant at, Double heading, Double speed) {
            Validator.check()
                    .require(lat != null && CourierPosition.latitude(lat), "lat", "must be a latitude from -90 to 90")
                    .require(
                            lon != null && CourierPosition.longitude(lon),
                            "lon",
                            "must be a longitude from -180 to 180")
                    .require(at != null, "at", "must be the ISO-8601 time the position was measured")
                    .require(
                            heading == null || CourierPosition.heading(heading),
                            "heading",
                            "must be degrees from 0 to below 360, or absent")
                    .require(
                            speed == null || CourierPosition.speed(speed),
                            "speed",
                            "must be metres a second from 0 to " + (int) CourierPosition.MAX_SPEED + ", or absent")
                    .done();
            return new Command(
                    uid,
                    new CourierPosition(
                            lat,
                            lon,
                            at,
                            heading == null ? OptionalDouble.empty() : OptionalDouble.of(heading),
                            speed == null ? OptionalDouble.empty() : OptionalDouble.of(speed)));
        }
    }

    /** After a report. */
    public record Result(Order order, CourierPosition courier) {}
}
