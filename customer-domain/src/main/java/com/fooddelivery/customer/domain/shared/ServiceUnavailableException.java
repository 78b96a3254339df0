package com.fooddelivery.customer.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Something the service needs cannot be reached now; nothing was decided, so the request may be retried. */
public final class ServiceUnavailableException extends DomainException {

    private final Duration retryAfter;

    /** {@code what} is for the log, never shown to a client. */
    public ServiceUnavailableException(String what, Duration retryAfter, Throwable cause) {
        super(Objects.requireNonNull(what, "what") + " is unavailable");
        Objects.requireNonNull(retryAfter, "retryAfter");
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** A fair wait before retrying, for {@code Retry-After}; at least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
