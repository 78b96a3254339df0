package com.fooddelivery.customer.adapter.persistence;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Token buckets in {@code delivery_ratelimit_bucket_c}, kept by Bucket4j's PostgreSQL proxy manager:
 * each take locks the bucket's row for one short transaction, so every instance draws from the same
 * allowance. Buckets that have refilled completely expire and are deleted now and then.
 */
public final class PostgresRateLimits {

    private static final long CLEANUP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int CLEANUP_BATCH = 500;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicLong lastCleanup = new AtomicLong(System.nanoTime());

    PostgresRateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(Objects.requireNonNull(dataSource, "dataSource"))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("delivery_ratelimit_bucket_c")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
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
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(allowance).refillGreedy(allowance, period))
                .build();
        try {
            ConsumptionProbe probe =
                    buckets.builder().build(bucketKey, () -> limit).tryConsumeAndReturnRemaining(1);
            cleanUpNowAndThen();
            return probe.isConsumed()
                    ? Optional.empty()
                    : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException failure) {
            throw ConnectionFailures.translate(failure);
        }
    }

    private void cleanUpNowAndThen() {
        long last = lastCleanup.get();
        long now = System.nanoTime();
        if (now - last > CLEANUP_EVERY_NANOS && lastCleanup.compareAndSet(last, now)) {
            buckets.removeExpired(CLEANUP_BATCH);
        }
    }
}
