package com.fooddelivery.customer.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When each step of an order actually happened; a step not yet reached is empty.
 *
 * @param registeredAt      when the order was placed
 * @param cookingStartedAt  when the kitchen started
 * @param cookingFinishedAt when the food was ready
 * @param deliveryStartedAt when the courier left
 * @param deliveredAt       when the customer got it
 * @param cancelledAt       when it was cancelled
 */
public record Timeline(Instant registeredAt, Optional<Instant> cookingStartedAt, Optional<Instant> cookingFinishedAt,
                       Optional<Instant> deliveryStartedAt, Optional<Instant> deliveredAt,
                       Optional<Instant> cancelledAt) {

    /**
     * Requires every step, an unreached one as an empty {@code Optional}.
     *
     * @param registeredAt when the order was placed
     * @param cookingStartedAt when the kitchen started
     * @param cookingFinishedAt when the food was ready
     * @param deliveryStartedAt when the courier left
     * @param deliveredAt when the customer got it
     * @param cancelledAt when it was cancelled
     */
    public Timeline {
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(cookingStartedAt, "cookingStartedAt");
        Objects.requireNonNull(cookingFinishedAt, "cookingFinishedAt");
        Objects.requireNonNull(deliveryStartedAt, "deliveryStartedAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }

    /**
     * The timeline of an order just placed.
     *
     * @param at when it was registered
     * @return a timeline with only that step
     */
    public static Timeline registered(Instant at) {
        return new Timeline(at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    Timeline cookingStarted(Instant at) {
        return new Timeline(registeredAt, Optional.of(at), cookingFinishedAt, deliveryStartedAt, deliveredAt, cancelledAt);
    }

    Timeline cookingFinished(Instant at) {
        return new Timeline(registeredAt, cookingStartedAt, Optional.of(at), deliveryStartedAt, deliveredAt, cancelledAt);
    }

    Timeline deliveryStarted(Instant at) {
        return new Timeline(registeredAt, cookingStartedAt, Optional.of(cookingFinishedAt.orElse(at)), Optional.of(at),
                deliveredAt, cancelledAt);
    }

    Timeline delivered(Instant at) {
        return new Timeline(registeredAt, cookingStartedAt, cookingFinishedAt, deliveryStartedAt, Optional.of(at), cancelledAt);
    }

    Timeline cancelled(Instant at) {
        return new Timeline(registeredAt, cookingStartedAt, cookingFinishedAt, deliveryStartedAt, deliveredAt, Optional.of(at));
    }
}
