package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.shared.DomainException;
import java.time.Duration;
import java.util.Objects;

/** The customer asked for this order's report by e-mail as often as an hour allows. */
public final class ReportMailLimitException extends DomainException {

    private final Duration retryAfter;

    public ReportMailLimitException(Duration retryAfter) {
        super("report mail limit reached; retry after " + retryAfter.toSeconds() + " s");
        Objects.requireNonNull(retryAfter, "retryAfter");
        this.retryAfter = retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }

    /** Until the oldest request of the hour drops out, for {@code Retry-After}; at least a second. */
    public Duration retryAfter() {
        return Duration.ofSeconds(retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
