package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.ThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows repeated sign-in failures with a doubling wait, so a typo costs nothing but guessing runs at a few
 * tries an hour; an attempt counts before its password is checked, so parallel guesses cannot slip past.
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

    private SignInThrottle() {}

    /** Until when the next attempt must wait. */
    public static Optional<Instant> blockedUntil(SignInAttempts.FailedAttempts attempts, Instant now) {
        if (attempts.failures() < FREE_FAILURES || forgotten(attempts, now)) {
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

    /** Counts an attempt as a failure before the password is checked; ThrottledException while it must wait. */
    public static SignInAttempts.FailedAttempts claim(SignInAttempts attempts, String key, Instant now) {
        // Usually nothing is on record (a success clears it), so the claim tries a single insert first.
        SignInAttempts.FailedAttempts first = new SignInAttempts.FailedAttempts(1, now);
        if (attempts.replace(key, Optional.empty(), first)) {
            return first;
        }
        while (true) {
            Optional<SignInAttempts.FailedAttempts> seen = attempts.of(key);
            Optional<Instant> until = seen.flatMap(recent -> blockedUntil(recent, now));
            if (until.isPresent()) {
                throw new ThrottledException(Duration.between(now, until.get()).plusSeconds(1));
            }
            int failures = seen.filter(recent -> !forgotten(recent, now))
                    .map(recent -> recent.failures() + 1)
                    .orElse(1);
            SignInAttempts.FailedAttempts next = new SignInAttempts.FailedAttempts(failures, now);
            if (attempts.replace(key, seen, next)) {
                return next;
            }
            // Another attempt was counted meanwhile: look again, it may have used the last free one.
        }
    }

    /** The key for attempts from untrusted clients, so the lockout spares the customer's own devices. */
    public static String accountKey(CustomerId customer) {
        return "customer:" + customer.value();
    }

    private static boolean forgotten(SignInAttempts.FailedAttempts attempts, Instant now) {
        return attempts.lastFailure().plus(FORGET_AFTER).isBefore(now);
    }
}
