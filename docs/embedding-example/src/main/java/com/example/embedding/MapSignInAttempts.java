package com.example.embedding;

import com.fooddelivery.customer.domain.customer.SignInAttempts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-in attempts in a row per key, replaced only by whoever saw the current run (compare-and-set). */
public final class MapSignInAttempts implements SignInAttempts {

    private final Map<String, FailedAttempts> attempts = new ConcurrentHashMap<>();

    @Override
    public Optional<FailedAttempts> of(String key) {
        return Optional.ofNullable(attempts.get(key));
    }

    @Override
    public boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next) {
        return seen.isPresent() ? attempts.replace(key, seen.get(), next) : attempts.putIfAbsent(key, next) == null;
    }

    @Override
    public void clear(String key) {
        attempts.remove(key);
    }
}
