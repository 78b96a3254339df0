package com.fooddelivery.customer.domain.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How hard repeated failures are slowed down: the first {@value #FREE_FAILURES} failures cost
 * nothing, each further one doubles a wait that starts at {@link #FIRST_WAIT} and stops growing at
 * {@link #LONGEST_WAIT}; a quiet {@link #FORGET_AFTER} forgets the run. A customer's own devices
 * stay usable after a typo or two, while guessing a password runs at a few tries an hour.
 */
public final class SignInThrottle {

    /** Failures allowed before waiting starts. */
    public static final int FREE_FAILURES = 5;
    /** Wait after the first failure beyond the free ones. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    /** Longest wait imposed. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Quiet time after which a run of failures is forgotten. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private SignInThrottle() {
    }

    /**
     * Until when the next attempt must wait, if it must.
     *
     * @param attempts the recent failures
     * @param now the time of the attempt
     * @return the time the wait ends, or empty when the attempt may go ahead
     */
    public static Optional<Instant> blockedUntil(SignInAttempts.FailedAttempts attempts, Instant now) {
        if (attempts.failures() < FREE_FAILURES || attempts.lastFailure().plus(FORGET_AFTER).isBefore(now)) {
            return Optional.empty();
        }
        int doublings = Math.min(attempts.failures() - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Instant until = attempts.lastFailure().plus(wait);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
