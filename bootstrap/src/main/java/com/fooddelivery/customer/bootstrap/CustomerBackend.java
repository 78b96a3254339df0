package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the adapters, then the use cases, then the routes, by hand, and
 * owns their lives. Closing it stops the server first, then the pool, then the embedded database.
 * An adapter that is not configured (Kafka, Stripe, SMTP) is never built; the settings were checked
 * whole before, so a bad one stops the start, not a later request.
 */
public final class CustomerBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerBackend.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final PostgresPersistence persistence;
    private final Metrics metrics;
    private final Javalin server;
    private final BackgroundTasks tasks;
    private final LiveTracking tracking;

    private CustomerBackend(
            Optional<EmbeddedDatabase> embedded,
            PostgresPersistence persistence,
            Metrics metrics,
            Javalin server,
            BackgroundTasks tasks,
            LiveTracking tracking) {
        this.embedded = embedded;
        this.persistence = persistence;
        this.metrics = metrics;
        this.server = server;
        this.tasks = tasks;
        this.tracking = tracking;
    }

    /** Starts the whole service as the settings say and returns once it serves requests. */
    public static CustomerBackend start(Settings settings) {
        Optional<EmbeddedDatabase> embedded = embeddedUnlessConfigured(settings);
        PostgresPersistence persistence = null;
        Metrics metrics = new Metrics();
        try {
            persistence = choosePersistence(settings, embedded, metrics);
            warnAboutRiskySettings(settings);
            Clock clock = microsecondClock();
            PaymentAdapters payments = PaymentAdapters.choose(settings, clock);
            CustomerCore core = CoreAssembly.build(settings, persistence, clock, payments);
            LiveTracking tracking = LiveTracking.start(settings, core);
            Javalin server = HttpAssembly.startServer(
                    settings,
                    persistence,
                    metrics,
                    core,
                    HttpAssembly.routes(settings, core, payments, clock, tracking.routes()));
            BackgroundTasks tasks = BackgroundTasks.start(settings, persistence, metrics, core, clock);
            return new CustomerBackend(embedded, persistence, metrics, server, tasks, tracking);
        } catch (RuntimeException failure) {
            cleanUpAfterFailedStart(embedded, persistence, metrics);
            throw failure;
        }
    }

    /** The embedded PostgreSQL, started only when the settings name no database. */
    private static Optional<EmbeddedDatabase> embeddedUnlessConfigured(Settings settings) {
        return settings.database().isPresent()
                ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(settings.dataDir()));
    }

    /** Opens the configured database, or the embedded one (with the demo menu when it is empty and wanted). */
    private static PostgresPersistence choosePersistence(
            Settings settings, Optional<EmbeddedDatabase> embedded, Metrics metrics) {
        DatabaseSettings database =
                settings.database().orElseGet(() -> embedded.orElseThrow().settings(settings.poolSize()));
        PostgresPersistence persistence = PostgresPersistence.start(database, settings.currency(), metrics.pool());
        if (embedded.isPresent()
                && settings.demoMenu()
                && DemoMenu.loadIfEmpty(persistence.menu(), persistence.unitOfWork(), settings.currency())) {
            LOG.info("Loaded the demo menu into the empty embedded database");
        }
        return persistence;
    }

    /** Says at start-up which requests the missing secrets and servers will refuse. */
    private static void warnAboutRiskySettings(Settings settings) {
        if (settings.serviceKeys().size() == 0) {
            LOG.warn("SERVICE_KEYS is not set: every /api/v1/ops request will be refused");
        }
        if (settings.payments().callbackSecret().isEmpty()) {
            LOG.warn("PAYMENT_CALLBACK_SECRET is not set: every bank payment callback will be refused");
        }
        if (settings.abuse().hashMemoryKib() < Argon2idPasswordHasher.DEFAULT_MEMORY_KIB
                || settings.abuse().hashIterations() < Argon2idPasswordHasher.DEFAULT_ITERATIONS) {
            LOG.warn("PASSWORD_HASH_MEMORY or PASSWORD_HASH_ITERATIONS is below OWASP's minimum: new password hashes"
                    + " are cheaper to guess");
        }
        if (settings.mail().isEmpty()) {
            LOG.info("SMTP_HOST is not set: order reports by e-mail answer 501");
        }
    }

    /**
     * PostgreSQL keeps microseconds: a clock that ticks in them makes what a write answers equal to what
     * a later read of it gives, timestamps and ETags alike.
     */
    private static Clock microsecondClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Closes what a start that failed half-way had opened, the pool before the database it uses. */
    private static void cleanUpAfterFailedStart(
            Optional<EmbeddedDatabase> embedded, PostgresPersistence persistence, Metrics metrics) {
        if (persistence != null) {
            persistence.close();
        }
        metrics.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return server.port();
    }

    /** The running HTTP server, for tests in this package that inspect the routes it registered. */
    Javalin http() {
        return server;
    }

    /**
     * Stops the server (it stops accepting at once and lets requests in flight finish for up to
     * {@code SHUTDOWN_GRACE}), then closes the pool those requests used, then the embedded database.
     */
    @Override
    public void close() {
        tasks.close();
        // Open streams would otherwise hold the stop for the whole grace period; clients reconnect elsewhere.
        tracking.close();
        try {
            server.stop();
        } catch (RuntimeException stop) {
            if (!(stop.getCause() instanceof TimeoutException)) {
                throw stop;
            }
            // The grace is over: Jetty has cut what was still running. That is the promised bound,
            // not a failure, and the rest of the stop (the pool, the database, the last log lines) must follow.
            LOG.warn("Requests still running when SHUTDOWN_GRACE ended were cut off");
        } finally {
            try {
                persistence.close();
            } finally {
                metrics.close();
                embedded.ifPresent(EmbeddedDatabase::close);
            }
        }
    }
}
