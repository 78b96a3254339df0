package com.fooddelivery.customer.domain.customer;

import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in attempts not yet known to have succeeded, per throttle key (an account, a device, an unknown
 * login), kept where every instance of the service sees them, so the throttle holds across a load balancer.
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
     * Replaces the run of failures of {@code key} with {@code next}, but only if it is still
     * {@code seen}: a compare-and-set, atomic across every instance. Of many callers that saw the same
     * run, exactly one succeeds, so an attempt is counted before its password is checked and no race
     * verifies more passwords than the throttle allows (see {@link SignInThrottle#claim}).
     *
     * @param key what is throttled
     * @param seen the run as read by {@link #of}, or empty when there was none
     * @param next the run that replaces it
     * @return true when replaced; false when someone else changed the run first
     */
    boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next);

    /**
     * Forgets the failures of {@code key}, after a successful sign-in (which refunds its own claimed attempt).
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
