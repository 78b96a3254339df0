package com.fooddelivery.customer.domain.customer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Failed sign-in attempts kept in memory. */
public final class InMemorySignInAttempts implements SignInAttempts {

    private final Map<String, FailedAttempts> attempts = new HashMap<>();

    @Override
    public synchronized Optional<FailedAttempts> of(String key) {
        return Optional.ofNullable(attempts.get(key));
    }

    @Override
    public synchronized boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next) {
        if (!Objects.equals(seen.orElse(null), attempts.get(key))) {
            return false;
        }
        attempts.put(key, next);
        return true;
    }

    @Override
    public synchronized void clear(String key) {
        attempts.remove(key);
    }
}
