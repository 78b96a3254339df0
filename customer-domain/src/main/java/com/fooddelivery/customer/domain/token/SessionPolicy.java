package com.fooddelivery.customer.domain.token;

import java.time.Duration;
import java.util.Objects;

/** How long a session lasts after sign-in. */
public record SessionPolicy(Duration lifetime) {

    /** Thirty days: a phone app stays signed in for a month of occasional use. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    /** Sessions of {@link #DEFAULT_LIFETIME}, as {@code EstimatePolicy.DEFAULT} is the default estimate model. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(DEFAULT_LIFETIME);

    /** Refuses lifetimes under a minute or over a year. */
    public SessionPolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("a session lasts from one minute to one year: " + lifetime);
        }
    }
}
