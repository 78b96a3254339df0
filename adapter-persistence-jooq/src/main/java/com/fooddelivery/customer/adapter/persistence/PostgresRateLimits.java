package com.fooddelivery.customer.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Token buckets in {@code delivery_ratelimit_c}, one row per key, taken from with one statement: an
 * upsert that refills the bucket from the database's clock, takes a token when there is one, and
 * returns what it did (decision 0017). Its row lock lasts that statement only, and every instance
 * draws from the same allowance on the same clock. Buckets untouched for longer than their period
 * are full again, so they are deleted now and then.
 */
public final class PostgresRateLimits {

    private static final long CLEANUP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int CLEANUP_BATCH = 500;
    /** Kept past the period, so a bucket is never deleted while a take may still refill it. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

    /** The level now: the stored one plus what the rate refilled since, up to the allowance. Params: allowance, rate. */
    private static final String REFILLED =
            "least(?::float8, b.tokens + extract(epoch from now() - b.refilled_at)::float8 * ?::float8)";
    // A new bucket starts full less this take. In the update, b is the stored row: every expression
    // reads the level before this take.
    private static final String TAKE =
            "insert into delivery_ratelimit_c as b (id, tokens, refilled_at, allowed, expires_at)"
                    + " values (?, ?::float8 - 1, now(), true, now() + make_interval(secs => ?))"
                    + " on conflict (id) do update set"
                    + " allowed = " + REFILLED + " >= 1,"
                    + " tokens = " + REFILLED + " - case when " + REFILLED + " >= 1 then 1 else 0 end,"
                    + " refilled_at = now(), expires_at = excluded.expires_at"
                    + " returning allowed, tokens";
    private static final String CLEAN_UP = "delete from delivery_ratelimit_c where id in"
            + " (select id from delivery_ratelimit_c where expires_at < now() limit " + CLEANUP_BATCH + ")";

    private final DataSource dataSource;
    private final AtomicLong lastCleanup = new AtomicLong(System.nanoTime());

    PostgresRateLimits(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Takes one request from the allowance of {@code key}: {@code allowance} requests per {@code period},
     * refilled gradually.
     *
     * @param key       whose allowance (a route group and a client), at most 150 characters
     * @param allowance requests per period, at least one
     * @param period    the period the allowance refills over
     * @return empty when the request may go ahead, else how long until it would be allowed
     * @throws com.fooddelivery.customer.domain.shared.ServiceUnavailableException when the database cannot be reached
     */
    public Optional<Duration> take(String key, long allowance, Duration period) {
        // The limit is part of the key, so a changed setting starts fresh buckets instead of meeting old ones.
        String bucketKey = allowance + "/" + period.toSeconds() + "s:" + key;
        double perSecond = allowance / (period.toNanos() / 1e9);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement take = connection.prepareStatement(TAKE)) {
            int index = 1;
            take.setString(index++, bucketKey);
            take.setDouble(index++, allowance);
            take.setDouble(index++, (period.plus(EXPIRY_MARGIN).toMillis()) / 1e3);
            for (int refilled = 0; refilled < 3; refilled++) {
                take.setDouble(index++, allowance);
                take.setDouble(index++, perSecond);
            }
            Optional<Duration> wait = waitAfter(take, perSecond);
            cleanUpNowAndThen(connection);
            return wait;
        } catch (SQLException | RuntimeException failure) {
            throw ConnectionFailures.translate(
                    failure instanceof RuntimeException runtime
                            ? runtime
                            : new IllegalStateException("Could not take from the rate limit " + bucketKey, failure));
        }
    }

    /** Empty when the take got a token; else the time until the missing part of one has refilled. */
    private static Optional<Duration> waitAfter(PreparedStatement take, double perSecond) throws SQLException {
        try (ResultSet taken = take.executeQuery()) {
            taken.next();
            if (taken.getBoolean(1)) {
                return Optional.empty();
            }
            double missing = 1 - taken.getDouble(2);
            return Optional.of(Duration.ofNanos((long) Math.ceil(missing / perSecond * 1e9)));
        }
    }

    private void cleanUpNowAndThen(Connection connection) throws SQLException {
        long last = lastCleanup.get();
        long now = System.nanoTime();
        if (now - last > CLEANUP_EVERY_NANOS && lastCleanup.compareAndSet(last, now)) {
            try (PreparedStatement cleanUp = connection.prepareStatement(CLEAN_UP)) {
                cleanUp.executeUpdate();
            }
        }
    }
}
