package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.BodyLimits;
import com.fooddelivery.customer.adapter.http.ServerSetup;
import com.fooddelivery.customer.adapter.http.ServiceKeys;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The HTTP server's settings: port, threads, shutdown, browsers, request bodies, service keys and log lines. */
final class HttpSettingsReader {

    static final List<String> NAMES = List.of(
            "PORT",
            "SERVICE_KEYS",
            "LOG_FORMAT",
            "CORS_ORIGINS",
            "HTTP_MAX_THREADS",
            "SHUTDOWN_GRACE",
            "HTTP_BODY_TIMEOUT",
            "HTTP_MIN_BODY_RATE",
            "HTTP_MAX_BODIES_PER_CLIENT",
            "MAX_STREAMS");

    private static final Duration MAX_SHUTDOWN_GRACE = Duration.ofMinutes(5);

    private HttpSettingsReader() {}

    static int port(RawSettings env) {
        return env.integer("PORT", 8080, 0, 65_535);
    }

    static int maxThreads(RawSettings env) {
        return env.integer("HTTP_MAX_THREADS", 200, ServerSetup.MIN_THREADS, 2_000);
    }

    static Duration shutdownGrace(RawSettings env) {
        return env.duration("SHUTDOWN_GRACE", Duration.ofSeconds(10), MAX_SHUTDOWN_GRACE);
    }

    static int maxStreams(RawSettings env) {
        return env.integer("MAX_STREAMS", 2_000, 1, 100_000);
    }

    static BodyLimits bodyLimits(RawSettings env) {
        return new BodyLimits(
                env.atLeast(
                        "HTTP_BODY_TIMEOUT",
                        Duration.ofSeconds(1),
                        BodyLimits.DEFAULT.timeout(),
                        Duration.ofMinutes(10)),
                env.integer("HTTP_MIN_BODY_RATE", BodyLimits.DEFAULT.minBytesPerSecond(), 1, 100 * 1024 * 1024),
                env.integer("HTTP_MAX_BODIES_PER_CLIENT", BodyLimits.DEFAULT.perClient(), 1, 100_000));
    }

    static Settings.LogFormat logFormat(RawSettings env) {
        Optional<String> raw = env.text("LOG_FORMAT");
        if (raw.isEmpty()) {
            return Settings.LogFormat.TEXT;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "text" -> Settings.LogFormat.TEXT;
            case "json" -> Settings.LogFormat.JSON;
            default -> throw new ConfigurationException("LOG_FORMAT must be text or json, got '" + raw.get() + "'");
        };
    }

    /**
     * Exact origins only: a browser sends {@code scheme://host[:port]}, and a wildcard would let any
     * site's page call the API with a customer's token that page got hold of.
     */
    static List<String> corsOrigins(RawSettings env) {
        return env.list("CORS_ORIGINS", HttpSettingsReader::isOrigin, "origins like https://app.example.com");
    }

    private static boolean isOrigin(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    static ServiceKeys serviceKeys(RawSettings env) {
        Optional<String> raw = env.text("SERVICE_KEYS");
        if (raw.isEmpty()) {
            return ServiceKeys.none();
        }
        List<String> keys = new ArrayList<>();
        for (String key : raw.get().split(",", -1)) {
            // Never echo a key: this line goes to the operator's terminal and logs.
            if (key.isBlank()) {
                throw new ConfigurationException(
                        "SERVICE_KEYS must list keys separated by single commas, with no empty entry");
            }
            if (key.strip().length() < ServiceKeys.MIN_LENGTH) {
                throw new ConfigurationException("SERVICE_KEYS entry " + (keys.size() + 1) + " is shorter than "
                        + ServiceKeys.MIN_LENGTH + " characters");
            }
            keys.add(key.strip());
        }
        return ServiceKeys.of(keys);
    }
}
