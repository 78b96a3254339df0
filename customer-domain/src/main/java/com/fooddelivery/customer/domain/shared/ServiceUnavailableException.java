package com.fooddelivery.customer.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Something the service needs cannot be reached now; nothing was decided, so the request may be retried. */
public final class ServiceUnavailableException extends DomainException {

    /** How long the client should wait, for {@code Retry-After}. */
    private final Duration retryAfter;

    /**
     * @param what       what is unavailable, for the log; never shown to a client
     * @param retryAfter a fair wait before retrying, at least one second
     */
    public ServiceUnavailableException(String what, Duration retryAfter, Throwable cause) {
        super(Objects.requireNonNull(what, "what") + " is unavailable");
        Objects.requireNonNull(retryAfter, "retryAfter");
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** How long to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
