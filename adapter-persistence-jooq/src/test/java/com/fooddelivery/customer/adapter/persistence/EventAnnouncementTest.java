package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionEnded;
import com.fooddelivery.customer.domain.token.SessionId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A unit of work with events notifies nobody from inside its transaction: a {@code NOTIFY} there made
 * PostgreSQL serialise every such commit, its WAL flush included, on one lock. Listeners hear of the
 * commits afterwards, several commits in one notification when they come close together.
 */
class EventAnnouncementTest {

    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private DatabaseSettings settings;
    private PostgresPersistence db;
    private Customer anna;

    @BeforeEach
    void anna() {
        settings = TestPostgres.freshDatabase();
        db = PostgresPersistence.startObserved(
                settings,
                Currency.getInstance("EUR"),
                ExecuteListener.onExecuteStart(ctx -> statements.add(ctx.sql())));
        anna = db.customers().add(aCustomer(1).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void noStatementOfAUnitOfWorkWithAnEventNotifies() {
        statements.clear();

        endSession(1);

        assertThat(db.eventFeed().after(0, 10, Set.of())).hasSize(1);
        assertThat(statements)
                .isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("notify"));
    }

    @Test
    void aBurstOfCommitsFromSeveralThreadsIsHeardAndNeverMoreOftenThanItCommitted() throws Exception {
        try (Connection listener =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement listen = listener.createStatement()) {
            listen.execute("listen " + JooqEventLog.CHANNEL);
            PGConnection pg = listener.unwrap(PGConnection.class);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int session = 1; session <= 20; session++) {
                    int id = session;
                    done.add(writers.submit(() -> endSession(id)));
                }
                for (Future<?> commit : done) {
                    commit.get();
                }
            } finally {
                writers.shutdownNow();
            }

            PGNotification[] first = pg.getNotifications(10_000);
            assertThat(first).as("heard within 10 s").isNotEmpty();
            int heard = first.length;
            for (PGNotification[] more = pg.getNotifications(500);
                    more != null && more.length > 0;
                    more = pg.getNotifications(500)) {
                heard += more.length;
            }
            assertThat(heard).isBetween(1, 20);
            assertThat(db.eventFeed().after(0, 100, Set.of())).hasSize(20);
        }
    }

    @Test
    void afterANotificationTheNextWaitsOutThePause_soOneCoversTheCommitsOfThePause() throws Exception {
        try (Connection listener =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement listen = listener.createStatement();
                EventAnnouncer announcer = new EventAnnouncer(settings, Duration.ofSeconds(3))) {
            listen.execute("listen " + JooqEventLog.CHANNEL);
            PGConnection pg = listener.unwrap(PGConnection.class);
            announcer.committed();
            assertThat(pg.getNotifications(10_000))
                    .as("the first commit heard within 10 s")
                    .hasSize(1);

            for (int commit = 0; commit < 5; commit++) {
                announcer.committed();
            }

            // Sent at once, the next notification would arrive in milliseconds; the pause is three seconds.
            assertThat(pg.getNotifications(1_000))
                    .as("nothing within the pause")
                    .isNullOrEmpty();
            assertThat(pg.getNotifications(10_000))
                    .as("the five commits heard in one notification")
                    .hasSize(1);
        }
    }

    private void endSession(int session) {
        db.unitOfWork().inTransaction(() -> {
            db.eventLog().append(new SessionEnded(anna.id(), new SessionId(session), T0));
            return null;
        });
    }
}
