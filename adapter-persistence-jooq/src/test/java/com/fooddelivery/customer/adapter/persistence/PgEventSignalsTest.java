package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The listening connection ends with {@code close()}, not when its wait for notifications runs out. */
class PgEventSignalsTest {

    @Test
    void closingEndsTheListeningConnectionAtOnceInsteadOfAfterItsWait() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        // A wait far longer than the bounds below: only cutting the connection ends it in time.
        PgEventSignals signals = new PgEventSignals(database, Duration.ofMinutes(5));
        try {
            assertThat(listenersWithin(database, 1, Duration.ofSeconds(60)))
                    .as("listening")
                    .isEqualTo(1);
        } finally {
            signals.close();
        }

        // PostgreSQL ends a backend a moment after its client hangs up: a minute of margin (a loaded machine),
        // five of wait.
        assertThat(listenersWithin(database, 0, Duration.ofSeconds(60)))
                .as("the listening connection is gone with the close")
                .isZero();
    }

    @Test
    void closingWhileTheDatabaseWasNeverReachedEndsTheRetries() throws Exception {
        // Port 1 refuses at once: the thread alternates between failed connects and its pause.
        DatabaseSettings unreachable = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/none", "nobody", "none", 1);
        // Made from a thread of a group of its own, the listening thread joins that group: no other test's is seen.
        ThreadGroup group = new ThreadGroup("signals-under-test");
        AtomicReference<PgEventSignals> made = new AtomicReference<>();
        Thread maker = new Thread(group, () -> made.set(new PgEventSignals(unreachable)), "maker");
        maker.start();
        maker.join();
        Thread[] threads = new Thread[4];
        int count = group.enumerate(threads);
        assertThat(count).as("the listening thread").isEqualTo(1);
        Thread listening = threads[0];

        made.get().close();

        listening.join(Duration.ofSeconds(30).toMillis());
        assertThat(listening.isAlive()).as("still retrying after the close").isFalse();
    }

    /** Polls until this many connections listen on the database, or the time is up; the last count. */
    private static int listenersWithin(DatabaseSettings database, int wanted, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int count = listeners(database);
        while (count != wanted && System.nanoTime() < deadline) {
            Thread.sleep(50);
            count = listeners(database);
        }
        return count;
    }

    private static int listeners(DatabaseSettings database) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and pid <> pg_backend_pid() and query like 'listen %'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
