package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.event.RelayLease;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's lease as a session-level PostgreSQL advisory lock on a connection of its own, outside the
 * pool. PostgreSQL frees the lock the moment that connection ends, so an instance that dies (even
 * SIGKILLed: its socket closes) hands the relay on within the next holder's attempt to take it.
 */
final class PgRelayLease implements RelayLease, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PgRelayLease.class);
    /** "relay" in ASCII. */
    static final long KEY = 0x72656c6179L;

    private static final int VALID_SECONDS = 2;

    private final DatabaseSettings settings;
    private Connection connection;
    private boolean held;

    PgRelayLease(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized boolean hold() {
        try {
            if (connection != null && !connection.isValid(VALID_SECONDS)) {
                LOG.warn("event relay: the lease's connection is gone; the lease may pass to another instance");
                drop();
            }
            if (connection == null) {
                Properties login = new Properties();
                login.setProperty("user", settings.user());
                login.setProperty("password", settings.password());
                connection = DriverManager.getConnection(settings.jdbcUrl(), login);
            }
            if (!held) {
                try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                    lock.setLong(1, KEY);
                    try (ResultSet result = lock.executeQuery()) {
                        result.next();
                        held = result.getBoolean(1);
                    }
                }
                if (held) {
                    LOG.info("event relay: this instance holds the lease and publishes the event log");
                }
            }
            return held;
        } catch (SQLException unreachable) {
            drop();
            return false;
        }
    }

    @Override
    public synchronized void release() {
        if (held && connection != null) {
            // Closing frees the lock only once the backend has exited, a moment later: unlocking frees it at once.
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            } catch (SQLException gone) {
                // A broken connection's backend has ended, and the lock with it.
            }
        }
        drop();
    }

    private void drop() {
        held = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is all that frees the lock, and a broken connection is closed already.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        release();
    }
}
