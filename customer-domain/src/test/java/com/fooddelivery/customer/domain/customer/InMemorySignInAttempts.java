package com.fooddelivery.customer.domain.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failed sign-in attempts kept in memory. */
public final class InMemorySignInAttempts implements SignInAttempts {

    private final Map<String, FailedAttempts> attempts = new HashMap<>();

    @Override
    public synchronized Optional<FailedAttempts> of(String key) {
        return Optional.ofNullable(attempts.get(key));
    }

    @Override
    public synchronized FailedAttempts recordFailure(String key, Instant now, Duration forgetAfter) {
        FailedAttempts previous = attempts.get(key);
        int failures = previous == null || previous.lastFailure().plus(forgetAfter).isBefore(now)
                ? 1 : previous.failures() + 1;
        FailedAttempts updated = new FailedAttempts(failures, now);
        attempts.put(key, updated);
        return updated;
    }

    @Override
    public synchronized void clear(String key) {
        attempts.remove(key);
    }
}
