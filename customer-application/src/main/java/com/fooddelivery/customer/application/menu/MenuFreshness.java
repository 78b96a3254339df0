package com.fooddelivery.customer.application.menu;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How old a read of the browsed menu may be when shown: the menu changes a few times a day but is read
 * on nearly every screen, so a second or two of reuse spares the database almost every read. The
 * instance that changed the menu shows it at once ({@link #changed()}), others within {@code maxAge};
 * ordering and menu management always read the repository, so prices charged are never stale.
 */
public final class MenuFreshness {

    private final Duration maxAge;
    private final Clock clock;
    private final AtomicLong changes = new AtomicLong();

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

    public Duration maxAge() {
        return maxAge;
    }

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
