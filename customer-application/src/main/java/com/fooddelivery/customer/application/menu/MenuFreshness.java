package com.fooddelivery.customer.application.menu;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How old a read of the browsed menu may be when it is shown to a customer. The menu changes a few
 * times a day but is read on nearly every screen of the app, so remembering each read for a
 * second or two spares the database almost all of them. A change therefore reaches customers
 * within {@code maxAge}, on every instance alike; a zero age reads the repository every time.
 *
 * <p>Only browsing is served from memory. Placing an order and managing the menu always read the
 * repository, so prices charged and rules checked are never stale.
 *
 * @param maxAge how long a read is reused, zero or more
 * @param clock  tells when a read was made
 */
public record MenuFreshness(Duration maxAge, Clock clock) {

    /**
     * Refuses a negative age.
     *
     * @param maxAge how long a read is reused, zero or more
     * @param clock  tells when a read was made
     */
    public MenuFreshness {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(clock, "clock");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
    }

    /**
     * Every browse reads the repository: for tests and for embedders with their own caching.
     *
     * @return a zero age on the system clock
     */
    public static MenuFreshness readEveryTime() {
        return new MenuFreshness(Duration.ZERO, Clock.systemUTC());
    }
}
