package com.fooddelivery.customer.domain.order;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The estimate model: an order is ready after the base cooking time plus a share of the kitchen's
 * queue (every order already PROCESSING or COOKING adds {@code perQueuedOrder}, up to
 * {@code maxQueueDelay}), and arrives the base delivery time after that. The kitchen and courier
 * replace these figures with their own when they know better.
 *
 * @param baseCooking    cooking time of an order with an empty queue
 * @param perQueuedOrder extra wait per order ahead in the queue
 * @param maxQueueDelay  cap on the queue's share, so a burst never promises hours
 * @param baseDelivery   time from ready to handed over
 */
public record EstimatePolicy(Duration baseCooking, Duration perQueuedOrder, Duration maxQueueDelay,
                             Duration baseDelivery) {

    /** 20 minutes cooking, 2 more per queued order up to an hour, 25 minutes on the road. */
    public static final EstimatePolicy DEFAULT = new EstimatePolicy(Duration.ofMinutes(20), Duration.ofMinutes(2),
            Duration.ofMinutes(60), Duration.ofMinutes(25));

    /**
     * Refuses missing or negative durations, which would estimate an order ready before it was placed.
     *
     * @param baseCooking cooking time of an order with an empty queue
     * @param perQueuedOrder extra wait per order ahead in the queue
     * @param maxQueueDelay cap on the queue's share, so a burst never promises hours
     * @param baseDelivery time from ready to handed over
     * @throws IllegalArgumentException when a duration is missing or negative
     */
    public EstimatePolicy {
        for (Duration duration : new Duration[] {baseCooking, perQueuedOrder, maxQueueDelay, baseDelivery}) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("estimate durations are never negative: " + duration);
            }
        }
    }

    /**
     * How many queued orders can still move an estimate: past this the queue's share is at its cap, so a
     * count of the queue may stop here and stay cheap however many orders are active.
     *
     * @return the queue length at which {@link #estimate} stops changing
     */
    public int queueThatCounts() {
        if (perQueuedOrder.isZero()) {
            return 0;
        }
        long orders = maxQueueDelay.dividedBy(perQueuedOrder);
        boolean partial = perQueuedOrder.multipliedBy(orders).compareTo(maxQueueDelay) < 0;
        return (int) Math.min(Integer.MAX_VALUE, orders + (partial ? 1 : 0));
    }

    /**
     * Estimates for an order registered at {@code registeredAt} with {@code queued} orders ahead of it.
     *
     * @param registeredAt when the order was registered
     * @param queued how many orders the kitchen has before it
     * @return when the food should be ready and delivered
     */
    public Estimates estimate(Instant registeredAt, int queued) {
        Duration queueDelay = perQueuedOrder.multipliedBy(Math.max(queued, 0));
        if (queueDelay.compareTo(maxQueueDelay) > 0) {
            queueDelay = maxQueueDelay;
        }
        Instant ready = registeredAt.plus(baseCooking).plus(queueDelay);
        return new Estimates(ready, ready.plus(baseDelivery));
    }
}
