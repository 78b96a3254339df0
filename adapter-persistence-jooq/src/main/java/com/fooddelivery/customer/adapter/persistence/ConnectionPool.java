package com.fooddelivery.customer.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.time.Duration;

/** The service's HikariCP pool, opened with the schema brought up to date before anything else uses it. */
final class ConnectionPool {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    private ConnectionPool() {}

    /** What {@link #open} returns: the pool, and whether every migration this build knows was applied. */
    record Opened(HikariDataSource dataSource, boolean schemaCurrent) {}

    /**
     * Opens the pool and applies every pending migration (Flyway only where one is left to apply or check); a failed migration closes the pool again.
     *
     * @param poolMetrics where the pool reports its metrics, or null for nowhere
     */
    static Opened open(DatabaseSettings settings, MetricsTrackerFactory poolMetrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("customerbackend");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        // A request waits at most this long for a connection while the database is down, then
        // answers 503: well inside the 3 s within which clients are promised an answer.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        if (poolMetrics != null) {
            config.setMetricsTrackerFactory(poolMetrics);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            // Checked once: the schema only changes through a (newer) service's start. A failed
            // migration throws, so asking Flyway for its info again would only repeat its queries.
            return new Opened(dataSource, StartupMigration.withIsolatedFlyway().apply(dataSource));
        } catch (RuntimeException failure) {
            dataSource.close();
            throw failure;
        }
    }
}
