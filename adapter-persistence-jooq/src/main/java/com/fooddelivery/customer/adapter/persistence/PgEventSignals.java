package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.event.EventSignals;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event log's commits as PostgreSQL announces them: one connection per instance, outside the pool,
 * LISTENs on {@value JooqEventLog#CHANNEL}, and one thread waits on it for notifications (no polling of
 * the log). Each commit with events, on any instance, wakes every subscriber. When the connection is
 * lost it reconnects and wakes everyone once, since a commit may have gone unannounced meanwhile.
 */
final class PgEventSignals implements EventSignals, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PgEventSignals.class);
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final long RECONNECT_MILLIS = 1000;

    private final DatabaseSettings settings;
    private final int waitMillis;
    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService wakers = Executors.newFixedThreadPool(2, daemon("event-signals-wake"));
    private final Thread listening;
    private volatile boolean open = true;
    /** The connection the listening thread waits on, for {@link #close()} to cut. */
    private volatile Connection current;

    PgEventSignals(DatabaseSettings settings) {
        this(settings, WAIT);
    }

    /** @param wait how long one wait for notifications lasts before the thread looks at {@code open} again */
    PgEventSignals(DatabaseSettings settings, Duration wait) {
        this.settings = settings;
        this.waitMillis = Math.toIntExact(wait.toMillis());
        this.listening = daemon("event-signals-listen").newThread(this::listen);
        this.listening.start();
    }

    @Override
    public Subscription subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void listen() {
        while (open) {
            Properties login = new Properties();
            login.setProperty("user", settings.user());
            login.setProperty("password", settings.password());
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), login);
                    Statement statement = connection.createStatement()) {
                current = connection;
                if (!open) {
                    return;
                }
                statement.execute("listen " + JooqEventLog.CHANNEL);
                wakeAll();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (open) {
                    PGNotification[] notifications = postgres.getNotifications(waitMillis);
                    if (notifications != null && notifications.length > 0) {
                        wakeAll();
                    }
                }
            } catch (SQLException lost) {
                if (open) {
                    LOG.warn("event signals: the listening connection failed ({}); reconnecting", lost.getSQLState());
                    pause();
                }
            }
        }
    }

    private void wakeAll() {
        for (Runnable listener : listeners) {
            wakers.execute(listener);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        open = false;
        // The thread waits in a socket read that an interrupt does not end; aborting the connection
        // (pgjdbc closes its socket) ends the wait now instead of when it runs out.
        Connection waitingOn = current;
        if (waitingOn != null) {
            try {
                waitingOn.abort(Runnable::run);
            } catch (SQLException alreadyGone) {
                // Closed already: the thread is leaving by itself.
            }
        }
        listening.interrupt();
        try {
            listening.join(TimeUnit.SECONDS.toMillis(3));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        wakers.shutdownNow();
    }
}
