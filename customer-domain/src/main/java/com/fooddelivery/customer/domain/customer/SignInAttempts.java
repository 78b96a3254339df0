package com.fooddelivery.customer.domain.customer;

import java.time.Instant;
import java.util.Optional;

/** Sign-in attempts per throttle key, shared by every instance so the throttle holds behind a load balancer. */
public interface SignInAttempts {

    /** The recent failures for {@code key}. */
    Optional<FailedAttempts> of(String key);

    /** Compare-and-set of the run {@link #of} read (empty: none), so no race checks more passwords than allowed. */
    boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next);

    /** Forgets the failures after a successful sign-in. */
    void clear(String key);

    /** A run of failed attempts. */
    record FailedAttempts(int failures, Instant lastFailure) {}
}
