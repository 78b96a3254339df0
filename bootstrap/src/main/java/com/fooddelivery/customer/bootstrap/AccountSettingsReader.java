package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Accounts and their abuse: how long a sign-in lasts, and how password guessing and floods are slowed. */
final class AccountSettingsReader {

    static final List<String> NAMES = List.of(
            "SESSION_LIFETIME",
            "DEVICE_TOKEN_SECRET",
            "RATE_LIMIT_SIGN_IN",
            "RATE_LIMIT_ACCOUNT_CHANGES",
            "RATE_LIMIT_PAYMENT_CALLBACKS",
            "TRUSTED_PROXIES",
            "PASSWORD_HASH_QUEUE",
            "PASSWORD_HASH_MEMORY",
            "PASSWORD_HASH_ITERATIONS");

    private AccountSettingsReader() {}

    static SessionPolicy sessions(RawSettings env) {
        Optional<String> raw = env.text("SESSION_LIFETIME");
        if (raw.isEmpty()) {
            return new SessionPolicy(SessionPolicy.DEFAULT_LIFETIME);
        }
        try {
            return new SessionPolicy(Duration.parse(raw.get()));
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            throw new ConfigurationException(
                    "SESSION_LIFETIME must be an ISO-8601 duration from PT1M to P366D, like P30D, got '" + raw.get()
                            + "'");
        }
    }

    static AbuseSettings abuse(RawSettings env) {
        Optional<String> secret = env.text("DEVICE_TOKEN_SECRET");
        if (secret.isPresent() && secret.get().length() < 32) {
            // Never echo the secret.
            throw new ConfigurationException("DEVICE_TOKEN_SECRET must be at least 32 characters");
        }
        return new AbuseSettings(
                secret,
                env.integer("RATE_LIMIT_SIGN_IN", 20, 1, 1_000_000),
                env.integer("RATE_LIMIT_ACCOUNT_CHANGES", 30, 1, 1_000_000),
                env.integer("RATE_LIMIT_PAYMENT_CALLBACKS", 600, 1, 1_000_000),
                // IP literals only: a host name would need DNS at every request, and could change under the service.
                env.list(
                        "TRUSTED_PROXIES",
                        proxy -> proxy.matches("(\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*"),
                        "IP addresses like 10.0.0.5"),
                env.integer("PASSWORD_HASH_QUEUE", Argon2idPasswordHasher.DEFAULT_WAITING_PER_CORE, 0, 10_000),
                // Argon2id's own floor is 8 KiB; 1 GiB per hash would already starve the heap's neighbours.
                env.integer("PASSWORD_HASH_MEMORY", Argon2idPasswordHasher.DEFAULT_MEMORY_KIB, 8, 1024 * 1024),
                env.integer("PASSWORD_HASH_ITERATIONS", Argon2idPasswordHasher.DEFAULT_ITERATIONS, 1, 100));
    }
}
