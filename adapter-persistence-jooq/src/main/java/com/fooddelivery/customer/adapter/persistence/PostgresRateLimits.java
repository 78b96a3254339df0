package com.fooddelivery.customer.adapter.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.Record;

/**
 * Token buckets in {@code delivery_ratelimit_bucket_c}, shared by every instance, each request taken with
 * one statement (decision 0023). A bucket is kept as the instant it is full again (the generic cell rate
 * algorithm's "theoretical arrival time"): a request is allowed while that instant lies no further ahead
 * than the period less one request's share of it, and pushes it on by that share. The upsert decides on
 * the row's latest version under its lock, so parallel requests on any number of instances never take
 * more than the allowance. Bucket4j did the same in a transaction of three round trips (locked read,
 * write, commit), paid by every sign-in before its hash. Full buckets are deleted now and then.
 */
public final class PostgresRateLimits {

    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
    private static final int CLEANUP_BATCH = 500;

    /**
     * Inserts a bucket that holds one request less than full, or pushes an existing one on if it allows the
     * request; the outer select reads the row as it was before, which tells a refused request how long to wait.
     */
    private static final String TAKE = "with taken as (insert into delivery_ratelimit_bucket_c as bucket"
            + " (id, full_at_us, expires_at) values (?, ?, ?) on conflict (id) do update"
            + " set full_at_us = greatest(bucket.full_at_us + ?, excluded.full_at_us),"
            + " expires_at = greatest(bucket.full_at_us + ?, excluded.full_at_us) / 1000"
            + " where coalesce(bucket.full_at_us, 0) <= ? returning 1)"
            + " select exists (select from taken), (select full_at_us from delivery_ratelimit_bucket_c where id = ?)";

    private static final String CLEAN_UP = "delete from delivery_ratelimit_bucket_c where id in"
            + " (select id from delivery_ratelimit_bucket_c where expires_at < ? limit " + CLEANUP_BATCH + ")";

    private final JooqUnitOfWork db;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanup;

    PostgresRateLimits(JooqUnitOfWork db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastCleanup = new AtomicReference<>(clock.instant());
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
        if (allowance < 1) {
            throw new IllegalArgumentException("an allowance of at least one request");
        }
        // The limit is part of the key, so a changed setting starts fresh buckets instead of meeting old ones;
        // "gcra" keeps them apart from the rows Bucket4j wrote before V22.
        String bucketKey = "gcra:" + allowance + "/" + period.toSeconds() + "s:" + key;
        long periodMicros = period.toNanos() / 1_000;
        long share = Math.max(1, periodMicros / allowance);
        Instant instant = clock.instant();
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, instant);
        long latestAllowed = now + periodMicros - share;
        Record outcome;
        try {
            outcome = db.dsl()
                    .resultQuery(
                            TAKE, bucketKey, now + share, (now + share) / 1_000, share, share, latestAllowed, bucketKey)
                    .fetchSingle();
        } catch (RuntimeException failure) {
            // Also a failure to get a connection at all, which no statement's listener sees.
            throw ConnectionFailures.translate(failure);
        }
        cleanUpNowAndThen(instant);
        if (Boolean.TRUE.equals(outcome.get(0, Boolean.class))) {
            return Optional.empty();
        }
        Long fullAt = outcome.get(1, Long.class);
        return Optional.of(Duration.of(Math.max(1, fullAt == null ? 0 : fullAt - latestAllowed), ChronoUnit.MICROS));
    }

    private void cleanUpNowAndThen(Instant now) {
        Instant last = lastCleanup.get();
        if (now.isAfter(last.plus(CLEANUP_EVERY)) && lastCleanup.compareAndSet(last, now)) {
            db.dsl().execute(CLEAN_UP, now.toEpochMilli());
        }
    }
}
