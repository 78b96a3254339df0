package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.ThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How hard repeated failures are slowed down: the first {@value #FREE_FAILURES} failures cost
 * nothing, each further one doubles a wait that starts at {@link #FIRST_WAIT} and stops growing at
 * {@link #LONGEST_WAIT}; a quiet {@link #FORGET_AFTER} forgets the run. A customer's own devices
 * stay usable after a typo or two, while guessing a password runs at a few tries an hour.
 *
 * <p>An attempt is counted as a failure <em>before</em> its password is checked ({@link #claim}) and
 * refunded when it succeeds, so parallel guesses cannot slip past the count while it is being checked.
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

    /**
     * Claims one attempt for {@code key}: counts it as a failure unless the key must wait. Call it
     * before checking the password and {@link SignInAttempts#clear clear} the key on success.
     *
     * @param attempts where attempts are counted
     * @param key what is throttled
     * @param now the time of the attempt
     * @return the run of failures with this attempt counted
     * @throws ThrottledException when the key must wait; nothing is counted then
     */
    public static SignInAttempts.FailedAttempts claim(SignInAttempts attempts, String key, Instant now) {
        while (true) {
            Optional<SignInAttempts.FailedAttempts> seen = attempts.of(key);
            Optional<Instant> until = seen.flatMap(recent -> blockedUntil(recent, now));
            if (until.isPresent()) {
                throw new ThrottledException(Duration.between(now, until.get()).plusSeconds(1));
            }
            int failures = seen.filter(recent -> !forgotten(recent, now))
                    .map(recent -> recent.failures() + 1).orElse(1);
            SignInAttempts.FailedAttempts next = new SignInAttempts.FailedAttempts(failures, now);
            if (attempts.replace(key, seen, next)) {
                return next;
            }
            // Another attempt was counted meanwhile: look again, it may have used the last free one.
        }
    }

    /**
     * The key of an account's attempts from clients it does not trust yet; its lockout holds for them only.
     *
     * @param customer whose account
     * @return the throttle key
     */
    public static String accountKey(CustomerId customer) {
        return "customer:" + customer.value();
    }

    private static boolean forgotten(SignInAttempts.FailedAttempts attempts, Instant now) {
        return attempts.lastFailure().plus(FORGET_AFTER).isBefore(now);
    }
}
