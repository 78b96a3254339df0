package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** When each step of an order happened, each no earlier than the one before; unreached steps are empty. */
public record Timeline(
        Instant registeredAt,
        Optional<Instant> cookingStartedAt,
        Optional<Instant> cookingFinishedAt,
        Optional<Instant> deliveryStartedAt,
        Optional<Instant> deliveredAt,
        Optional<Instant> cancelledAt) {
    public Timeline {
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(cookingStartedAt, "cookingStartedAt");
        Objects.requireNonNull(cookingFinishedAt, "cookingFinishedAt");
        Objects.requireNonNull(deliveryStartedAt, "deliveryStartedAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }

    /** The timeline of an order just placed. */
    public static Timeline registered(Instant at) {
        return new Timeline(
                at, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** When the order last moved; a step reported now cannot predate it. */
    public Instant lastStepAt() {
        return Stream.of(cookingStartedAt, cookingFinishedAt, deliveryStartedAt, deliveredAt)
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .orElse(registeredAt);
    }

    Timeline cookingStarted(Instant at) {
        requireNotBeforeLastStep(at);
        return new Timeline(
                registeredAt, Optional.of(at), cookingFinishedAt, deliveryStartedAt, deliveredAt, cancelledAt);
    }

    Timeline cookingFinished(Instant at) {
        requireNotBeforeLastStep(at);
        return new Timeline(
                registeredAt, cookingStartedAt, Optional.of(at), deliveryStartedAt, deliveredAt, cancelledAt);
    }

    Timeline deliveryStarted(Instant at) {
        requireNotBeforeLastStep(at);
        return new Timeline(
                registeredAt,
                cookingStartedAt,
                Optional.of(cookingFinishedAt.orElse(at)),
                Optional.of(at),
                deliveredAt,
                cancelledAt);
    }

    Timeline delivered(Instant at) {
        requireNotBeforeLastStep(at);
        return new Timeline(
                registeredAt, cookingStartedAt, cookingFinishedAt, deliveryStartedAt, Optional.of(at), cancelledAt);
    }

    /** The kitchen's and courier's clocks, or typos, must not rewrite the order's history out of order. */
    private void requireNotBeforeLastStep(Instant at) {
        Instant last = lastStepAt();
        if (at.isBefore(last)) {
            throw ValidationException.of(
                    "at",
                    "must not be before the order's previous step, "
                            + (last.equals(registeredAt) ? "its registration" : "the last one reported") + " at "
                            + last);
        }
    }

    Timeline cancelled(Instant at) {
        return new Timeline(
                registeredAt, cookingStartedAt, cookingFinishedAt, deliveryStartedAt, deliveredAt, Optional.of(at));
    }
}
