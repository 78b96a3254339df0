package com.fooddelivery.customer.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts in too short a time; the caller may try again after {@link #retryAfter()}. */
public final class ThrottledException extends DomainException {

    private final Duration retryAfter;

    public ThrottledException(Duration retryAfter) {
        super("too many attempts; retry after " + retryAfter.toSeconds() + " s");
        Objects.requireNonNull(retryAfter, "retryAfter");
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }

    /** How long to wait before the next attempt, for {@code Retry-After}; at least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
