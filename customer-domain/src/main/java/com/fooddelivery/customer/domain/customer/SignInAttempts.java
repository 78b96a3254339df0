package com.fooddelivery.customer.domain.customer;

import java.time.Instant;
import java.util.Optional;

/** Sign-in attempts per throttle key, shared by every instance so the throttle holds behind a load balancer. */
public interface SignInAttempts {

    /** The recent failures for {@code key}. */
    Optional<FailedAttempts> of(String key);

    /**
     * Compare-and-set across instances, so no race checks more passwords than {@link SignInThrottle#claim} allows.
     *
     * @param seen the run read by {@link #of}, or empty to record a first failure only where none is recorded
     */
    boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next);

    /** Forgets the failures after a successful sign-in. */
    void clear(String key);

    /** A run of failed attempts. */
    record FailedAttempts(int failures, Instant lastFailure) {}
}
