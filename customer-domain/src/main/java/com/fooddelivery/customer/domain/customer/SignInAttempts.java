package com.fooddelivery.customer.domain.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-in attempts per login, kept where every instance of the service sees them, so the
 * throttle holds across a load balancer.
 */
public interface SignInAttempts {

    /**
     * The recent failures for {@code key}.
     *
     * @param key what is throttled (a customer, or the identifier typed when no customer matched)
     * @return the failures, or empty when there are none to count
     */
    Optional<FailedAttempts> of(String key);

    /**
     * Counts one more failure for {@code key} at {@code now}, atomically; a previous run of failures
     * whose last one is older than {@code forgetAfter} starts again from one.
     *
     * @param key what is throttled
     * @param now when the attempt failed
     * @param forgetAfter how long a run of failures is remembered
     * @return the failures, this one included
     */
    FailedAttempts recordFailure(String key, Instant now, Duration forgetAfter);

    /**
     * Forgets the failures of {@code key}, after a successful sign-in.
     *
     * @param key what is throttled
     */
    void clear(String key);

    /**
     * A run of failed attempts.
     *
     * @param failures    how many in a row
     * @param lastFailure when the latest happened
     */
    record FailedAttempts(int failures, Instant lastFailure) {
    }
}
