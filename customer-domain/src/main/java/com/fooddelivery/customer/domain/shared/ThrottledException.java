package com.fooddelivery.customer.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts in too short a time; the caller may try again after {@link #retryAfter()}. */
public final class ThrottledException extends DomainException {

    /** How long the client must wait, for {@code Retry-After}. */
    private final Duration retryAfter;

    /** @param retryAfter how long the caller must wait, at least one second */
    public ThrottledException(Duration retryAfter) {
        super("too many attempts; retry after " + retryAfter.toSeconds() + " s");
        Objects.requireNonNull(retryAfter, "retryAfter");
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }

    /** How long to wait before the next attempt. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
