package com.fooddelivery.customer.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the HTTP server needs for operating the service, as opposed to serving the API.
 *
 * @param health        what readiness depends on
 * @param observer      told of every answered request (metrics)
 * @param metrics       served at {@code /metrics}
 * @param corsOrigins   origins whose browser pages may call the API ({@code https://app.example.com});
 *                      empty allows none
 * @param maxThreads    the most request threads Jetty runs
 * @param shutdownGrace how long a stop waits for requests in flight before cutting them off
 * @param bodies        how long, how slowly and how many at once a client may send request bodies
 */
public record ServerSetup(
        HealthProbe health,
        RequestObserver observer,
        MetricsScrape metrics,
        List<String> corsOrigins,
        int maxThreads,
        Duration shutdownGrace,
        BodyLimits bodies) {

    /** Jetty needs a few threads of its own (acceptor, selectors) besides the request threads. */
    public static final int MIN_THREADS = 16;

    public ServerSetup {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(bodies, "bodies");
        corsOrigins = List.copyOf(corsOrigins);
        if (maxThreads < MIN_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least " + MIN_THREADS + ": " + maxThreads);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative: " + shutdownGrace);
        }
    }
}
