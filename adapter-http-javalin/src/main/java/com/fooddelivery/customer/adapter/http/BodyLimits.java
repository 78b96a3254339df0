package com.fooddelivery.customer.adapter.http;

import java.time.Duration;

/**
 * How long and how slowly a client may send a request's body, and how many bodies one client (one
 * remote address) may be sending at once. Bodies are received without a request thread, so these
 * bound what a slow client holds: connections and memory, never the threads others need.
 *
 * @param timeout           the whole body must have arrived within this, counted from its headers
 * @param minBytesPerSecond after the first second, the body must keep arriving at least this fast
 * @param perClient         bodies one remote address may be sending at once; one more is a 429
 */
public record BodyLimits(Duration timeout, int minBytesPerSecond, int perClient) {

    /** What the service runs with unless configured otherwise. */
    public static final BodyLimits DEFAULT = new BodyLimits(Duration.ofSeconds(30), 1024, 32);

    public BodyLimits {
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("timeout must be at least a second: " + timeout);
        }
        if (minBytesPerSecond < 1) {
            throw new IllegalArgumentException("minBytesPerSecond must be positive: " + minBytesPerSecond);
        }
        if (perClient < 1) {
            throw new IllegalArgumentException("perClient must be positive: " + perClient);
        }
    }
}
