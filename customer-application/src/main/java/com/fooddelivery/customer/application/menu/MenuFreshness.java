package com.fooddelivery.customer.application.menu;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How old a read of the browsed menu may be when it is shown to a customer. The menu changes a few
 * times a day but is read on nearly every screen of the app, so remembering each read for a
 * second or two spares the database almost all of them; a zero age reads the repository every time.
 *
 * <p>Every menu change use case tells this instance when it has committed ({@link #changed()}), so
 * the instance that made a change shows it on the very next request. Other instances cannot hear of
 * it and show it within {@code maxAge}.
 *
 * <p>Only browsing is served from memory. Placing an order and managing the menu always read the
 * repository, so prices charged and rules checked are never stale.
 */
public final class MenuFreshness {

    private final Duration maxAge;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();

    /**
     * Refuses a negative age.
     *
     * @param maxAge how long a read is reused, zero or more
     */
    public MenuFreshness(Duration maxAge, Clock clock) {
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
    }

    /** Every browse reads the repository: for tests and for embedders with their own caching. */
    public static MenuFreshness readEveryTime() {
        return new MenuFreshness(Duration.ZERO, Clock.systemUTC());
    }

    /** How long a read is reused. */
    public Duration maxAge() {
        return maxAge;
    }

    /** Tells when a read was made. */
    public Clock clock() {
        return clock;
    }

    /** The menu changed and the change is committed: no read made before now may be shown again. */
    public void changed() {
        changes.incrementAndGet();
    }

    /** How many changes this instance has made: a read taken under an older count is stale. */
    long changes() {
        return changes.get();
    }
}
