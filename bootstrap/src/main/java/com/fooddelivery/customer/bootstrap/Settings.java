package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read from environment variables and checked before anything starts.
 *
 * @param port        HTTP port ({@code PORT}, default 8080; 0 picks a free one)
 * @param database    an external PostgreSQL ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), or
 *                    empty to run the embedded one
 * @param poolSize    connections to keep ({@code DB_POOL_SIZE}, default 10)
 * @param dataDir     where the embedded PostgreSQL keeps its files ({@code DATA_DIR}, default {@code ./data})
 * @param currency    the one currency of all prices ({@code CURRENCY}, ISO 4217, default EUR)
 * @param demoMenu    whether to load the demo menu into an empty embedded database ({@code DEMO_MENU},
 *                    default true; never loaded into an external database)
 * @param sessions    how long a sign-in lasts ({@code SESSION_LIFETIME}, ISO-8601 like {@code P30D} or
 *                    {@code PT8H}, default 30 days)
 */
public record Settings(int port, Optional<DatabaseSettings> database, int poolSize, Path dataDir, Currency currency,
                       boolean demoMenu, SessionPolicy sessions) {

    /** Reads and checks every setting; the first wrong one stops the start. */
    public static Settings from(Map<String, String> env) {
        int poolSize = integer(env, "DB_POOL_SIZE", 10, 1, 500);
        return new Settings(
                integer(env, "PORT", 8080, 0, 65_535),
                externalDatabase(env, poolSize),
                poolSize,
                Path.of(env.getOrDefault("DATA_DIR", "data")),
                currency(env),
                bool(env, "DEMO_MENU", true),
                sessionPolicy(env));
    }

    private static Optional<DatabaseSettings> externalDatabase(Map<String, String> env, int poolSize) {
        String url = blankToNull(env.get("DB_URL"));
        if (url == null) {
            for (String dependent : new String[] {"DB_USER", "DB_PASSWORD"}) {
                if (blankToNull(env.get(dependent)) != null) {
                    throw new ConfigurationException("DB_URL is required when " + dependent + " is set");
                }
            }
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        String user = blankToNull(env.get("DB_USER"));
        if (user == null) {
            throw new ConfigurationException("DB_USER is required when DB_URL is set");
        }
        return Optional.of(new DatabaseSettings(url, user, env.getOrDefault("DB_PASSWORD", ""), poolSize));
    }

    private static Currency currency(Map<String, String> env) {
        String code = env.getOrDefault("CURRENCY", "EUR").strip();
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() != 2) {
                throw new ConfigurationException("CURRENCY must have two minor digits (like EUR or USD), got " + code);
            }
            return currency;
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationException("CURRENCY must be an ISO 4217 code like EUR, got '" + code + "'");
        }
    }

    private static SessionPolicy sessionPolicy(Map<String, String> env) {
        String raw = blankToNull(env.get("SESSION_LIFETIME"));
        if (raw == null) {
            return new SessionPolicy(SessionPolicy.DEFAULT_LIFETIME);
        }
        try {
            return new SessionPolicy(Duration.parse(raw));
        } catch (DateTimeParseException | IllegalArgumentException wrong) {
            throw new ConfigurationException("SESSION_LIFETIME must be an ISO-8601 duration from PT1M to P366D, like P30D, got '"
                    + raw + "'");
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // same message as a number out of range
        }
        throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max + ", got '" + raw + "'");
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, got '" + raw + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
