package com.fooddelivery.customer.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifies {@value JooqEventLog#CHANNEL} after units of work with events have committed: one thread and one
 * connection per instance, outside the pool, send one {@code NOTIFY} for however many commits happened
 * since the last one. A {@code NOTIFY} inside the writers' own transactions made PostgreSQL serialise
 * their commits, each holding its global notification lock through its WAL flush, so orders could not
 * share flushes (docs/decisions/0020-events-announced-after-the-commit.md). The notification carries no
 * durable state, so its own commit does not wait for the disk.
 *
 * <p>After each notification it pauses a little before the next, so that under load one notification covers
 * the commits of that pause: sent as soon as one was pending, they cost a statement here and a wake-up in
 * every listening instance for nearly every order (docs/performance.md, "POST /orders, session 12").
 */
final class EventAnnouncer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventAnnouncer.class);
    private static final long RECONNECT_MILLIS = 1000;
    /** How long listeners may hear of a commit later than they would alone, at most. */
    static final Duration PAUSE = Duration.ofMillis(10);

    private final DatabaseSettings settings;
    private final long pauseNanos;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Thread announcing;
    private volatile boolean open = true;

    EventAnnouncer(DatabaseSettings settings) {
        this(settings, PAUSE);
    }

    /** @param pause the least time between two notifications */
    EventAnnouncer(DatabaseSettings settings, Duration pause) {
        this.settings = settings;
        this.pauseNanos = pause.toNanos();
    }

    /** A unit of work with events has committed: its listeners hear of it soon, together with any others. */
    void committed() {
        if (pending.compareAndSet(false, true)) {
            LockSupport.unpark(thread());
        }
    }

    private Thread thread() {
        Thread thread = announcing;
        if (thread == null) {
            synchronized (this) {
                if (announcing == null && open) {
                    Thread started = new Thread(this::announce, "event-announce");
                    started.setDaemon(true);
                    started.start();
                    announcing = started;
                }
                thread = announcing;
            }
        }
        return thread;
    }

    private void announce() {
        Connection connection = null;
        try {
            while (open) {
                if (!pending.getAndSet(false)) {
                    LockSupport.park(this);
                    continue;
                }
                try {
                    if (connection == null) {
                        connection = connect();
                    }
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("notify " + JooqEventLog.CHANNEL);
                    }
                    pause();
                } catch (SQLException lost) {
                    connection = closeQuietly(connection);
                    // Announced again once connected: listeners never miss a commit for good.
                    pending.set(true);
                    if (open) {
                        LOG.warn("event announcements: the connection failed ({}); reconnecting", lost.getSQLState());
                        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(RECONNECT_MILLIS));
                    }
                }
            }
        } finally {
            closeQuietly(connection);
        }
    }

    /** Waits out the pause after a notification; the commits it sees pending are announced after it. */
    private void pause() {
        long until = System.nanoTime() + pauseNanos;
        for (long left = pauseNanos; open && left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

    private Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", settings.user());
        login.setProperty("password", settings.password());
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), login);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit = off");
        } catch (SQLException failed) {
            closeQuietly(connection);
            throw failed;
        }
        return connection;
    }

    private static Connection closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken: nothing to release.
            }
        }
        return null;
    }

    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            open = false;
            thread = announcing;
        }
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(TimeUnit.SECONDS.toMillis(3));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
