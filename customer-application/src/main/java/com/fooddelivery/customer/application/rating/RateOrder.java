package com.fooddelivery.customer.application.rating;

import com.fooddelivery.customer.application.order.CallersOrder;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderRated;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.rating.RatingPolicy;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Rates a delivered order, or changes its rating, within {@link RatingPolicy#CHANGEABLE_FOR}; the order's
 * lock stores two ratings sent at once one after the other, each with its event.
 */
public class RateOrder {

    private final OrderRepository orders;
    private final OrderRatings ratings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public RateOrder(
            OrderRepository orders, OrderRatings ratings, UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Stores the customer's rating of their order.
     *
     * @throws NotFoundException when the order does not exist or is someone else's
     * @throws ConflictException when it is not delivered, or was delivered more than seven days ago
     */
    public Rating rate(Command command) {
        return unitOfWork.inTransaction(() -> {
            Order order = CallersOrder.of(orders.lockByUid(command.uid()), command.customer(), command.uid());
            RatingPolicy.check(order, clock.instant());
            Rating rating = new Rating(command.food(), command.delivery(), command.comment(), clock.instant());
            ratings.save(order.uid(), rating);
            events.append(new OrderRated(order.uid(), rating, rating.ratedAt()));
            return rating;
        });
    }

    /** A rating as the customer sent it: 1 to 5 stars each, an empty comment for none. */
    public record Command(CustomerId customer, OrderUid uid, int food, int delivery, String comment) {

        public Command {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(comment, "comment");
        }

        /** Checks every field at once, as a client may send them. */
        public static Command of(CustomerId customer, OrderUid uid, Integer food, Integer delivery, String comment) {
            String words = comment == null ? "" : comment.strip();
            Validator.check()
                    .require(stars(food), "food", "must be a whole number from 1 to 5")
                    .require(stars(delivery), "delivery", "must be a whole number from 1 to 5")
                    .lines(words, "comment", 0, Rating.COMMENT_MAX)
                    .done();
            return new Command(customer, uid, food, delivery, words);
        }

        private static boolean stars(Integer value) {
            return value != null && value >= Rating.LOWEST && value <= Rating.HIGHEST;
        }
    }
}
