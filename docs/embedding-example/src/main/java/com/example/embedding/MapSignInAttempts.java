package com.example.embedding;

import com.fooddelivery.customer.domain.customer.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Failed sign-ins in a row per key; a quiet spell longer than {@code forgetAfter} starts the count again. */
public final class MapSignInAttempts implements SignInAttempts {

    private final Map<String, FailedAttempts> attempts = new ConcurrentHashMap<>();

    @Override
    public Optional<FailedAttempts> of(String key) {
        return Optional.ofNullable(attempts.get(key));
    }

    @Override
    public FailedAttempts recordFailure(String key, Instant now, Duration forgetAfter) {
        return attempts.merge(key, new FailedAttempts(1, now), (old, first) ->
                old.lastFailure().plus(forgetAfter).isBefore(now) ? first : new FailedAttempts(old.failures() + 1, now));
    }

    @Override
    public void clear(String key) {
        attempts.remove(key);
    }
}
