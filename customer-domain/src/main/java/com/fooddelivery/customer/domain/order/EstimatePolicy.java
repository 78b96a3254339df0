package com.fooddelivery.customer.domain.order;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The first estimate: base cooking plus a delay per queued order, capped so a burst never promises hours,
 * then base delivery; the kitchen and courier replace it when they know better.
 */
public record EstimatePolicy(
        Duration baseCooking, Duration perQueuedOrder, Duration maxQueueDelay, Duration baseDelivery) {

    /** 20 minutes cooking, 2 more per queued order up to an hour, 25 minutes on the road. */
    public static final EstimatePolicy DEFAULT = new EstimatePolicy(
            Duration.ofMinutes(20), Duration.ofMinutes(2), Duration.ofMinutes(60), Duration.ofMinutes(25));

    /** Refuses negative durations, which would make an order ready before it was placed. */
    public EstimatePolicy {
        for (Duration duration : new Duration[] {baseCooking, perQueuedOrder, maxQueueDelay, baseDelivery}) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("estimate durations are never negative: " + duration);
            }
        }
    }

    /** The queue length past which estimates stop changing, so counting the queue may stop there. */
    public int queueThatCounts() {
        if (perQueuedOrder.isZero()) {
            return 0;
        }
        long orders = maxQueueDelay.dividedBy(perQueuedOrder);
        boolean partial = perQueuedOrder.multipliedBy(orders).compareTo(maxQueueDelay) < 0;
        return (int) Math.min(Integer.MAX_VALUE, orders + (partial ? 1 : 0));
    }

    public Estimates estimate(Instant registeredAt, int queued) {
        Duration queueDelay = perQueuedOrder.multipliedBy(Math.max(queued, 0));
        if (queueDelay.compareTo(maxQueueDelay) > 0) {
            queueDelay = maxQueueDelay;
        }
        Instant ready = registeredAt.plus(baseCooking).plus(queueDelay);
        return new Estimates(ready, ready.plus(baseDelivery));
    }
}
