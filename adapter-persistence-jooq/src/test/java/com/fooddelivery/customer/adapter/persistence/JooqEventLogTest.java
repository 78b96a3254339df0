package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionEnded;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.CustomerEventFeedContract;
import com.fooddelivery.customer.domain.event.EventLogContract;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import com.fooddelivery.customer.domain.token.SessionId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/** The event log on PostgreSQL: its contract, and what only a database with concurrent writers can show. */
class JooqEventLogTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");

    private DatabaseSettings settings;
    private PostgresPersistence persistence;

    private PostgresPersistence fresh() {
        settings = TestPostgres.freshDatabase();
        persistence = PostgresPersistence.start(settings, EUR);
        JooqOrdersTest.withTheFixturesMenuItems(persistence);
        return persistence;
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Nested
    class Contract extends EventLogContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.orders(), db.unitOfWork(), db.eventLog(), db.eventFeed());
        }
    }

    @Nested
    class ByCustomer extends CustomerEventFeedContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.orders(), db.unitOfWork(), db.eventLog(), db.customerEventFeed());
        }
    }

    @Test
    void anEventAppendedInAUnitOfWorkThatRollsBackIsNotKept() {
        PostgresPersistence db = fresh();
        Customer anna = db.customers().add(aCustomer(1).build());

        assertThatThrownBy(() -> db.unitOfWork().inTransaction(() -> {
                    db.eventLog().append(new SessionEnded(anna.id(), new SessionId(1), T0));
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");

        assertThat(db.eventFeed().after(0, 10, Set.of())).isEmpty();
    }

    @Test
    void anEventCannotBeAppendedOutsideAUnitOfWork() {
        PostgresPersistence db = fresh();
        Customer anna = db.customers().add(aCustomer(1).build());

        assertThatThrownBy(() -> db.eventLog().append(new SessionEnded(anna.id(), new SessionId(1), T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Writers hold their transactions open for a random while after storing their events, so that they
     * commit in another order than they drew their positions; a reader following "after the last
     * position I saw" must still see every event exactly once.
     */
    @Test
    void aReaderFollowingTheLogWhileWritersCommitOutOfOrderMissesNothing() throws Exception {
        PostgresPersistence db = fresh();
        int writers = 3;
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> written = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            // One subject per writer, so that nothing but the log itself orders the writers.
            Customer customer = db.customers().add(aCustomer(w + 1).build());
            written.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    db.unitOfWork().inTransaction(() -> {
                        db.eventLog().append(new SessionEnded(customer.id(), new SessionId(1), T0));
                        // Runs after the event's own hook: its position is drawn, its commit not yet made.
                        unitOfWork(db).beforeCommit(JooqEventLogTest::pause);
                        return null;
                    });
                }
            }));
        }
        Future<List<RecordedEvent>> followed = pool.submit(() -> {
            List<RecordedEvent> seen = new ArrayList<>();
            long after = 0;
            while (true) {
                boolean last = !writing.get();
                List<RecordedEvent> page = db.eventFeed().after(after, 7, Set.of());
                seen.addAll(page);
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).position();
                } else if (last) {
                    return seen;
                }
            }
        });
        for (Future<?> writer : written) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        List<RecordedEvent> seen = followed.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        List<RecordedEvent> all = db.eventFeed().after(0, 10_000, Set.of());
        assertThat(all).hasSize(writers * perWriter);
        assertThat(seen).isEqualTo(all);
        assertThat(seen).extracting(RecordedEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(seen.stream()
                        .filter(event -> event.subject().equals(seen.get(0).subject())))
                .extracting(RecordedEvent::sequence)
                .isEqualTo(LongStream.rangeClosed(1, perWriter).boxed().toList());
    }

    @Test
    void aListenerIsNotifiedWhenEventsCommitAndNotBefore() throws Exception {
        PostgresPersistence db = fresh();
        Customer anna = db.customers().add(aCustomer(1).build());
        try (Connection listener =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement listen = listener.createStatement()) {
            listen.execute("listen " + JooqEventLog.CHANNEL);
            PGConnection pg = listener.unwrap(PGConnection.class);

            db.unitOfWork().inTransaction(() -> {
                db.eventLog().append(new SessionEnded(anna.id(), new SessionId(1), T0));
                return null;
            });
            assertThatThrownBy(() -> db.unitOfWork().inTransaction(() -> {
                db.eventLog().append(new SessionEnded(anna.id(), new SessionId(2), T0));
                throw new IllegalStateException("rolled back");
            }));

            assertThat(pg.getNotifications(10_000)).hasSize(1);
            assertThat(pg.getNotifications(300))
                    .as("nothing for the rolled-back one")
                    .isNullOrEmpty();
        }
    }

    @Test
    void aPageShortOfItsLimitHoldsEveryEventCommittedBeforeTheRead() {
        PostgresPersistence db = fresh();
        Customer anna = db.customers().add(aCustomer(1).build());
        for (int session = 1; session <= 2; session++) {
            SessionEnded ended = new SessionEnded(anna.id(), new SessionId(session), T0);
            db.unitOfWork().inTransaction(() -> {
                db.eventLog().append(ended);
                return null;
            });
            // The first read settles position 1; the second must still see position 2, committed after it.
            assertThat(db.eventFeed().after(0, 10, Set.of())).hasSize(session);
        }
    }

    @Test
    void aReaderDoesNotPassAPositionWhoseWriterIsStillOpenAndReadsItOnceItCommits() throws Exception {
        PostgresPersistence db = fresh();
        HeldWriter held = HeldWriter.draws(db, settings, true);

        List<RecordedEvent> seen = held.readUntil(2, feed(db));

        assertThat(seen).extracting(RecordedEvent::subject).containsExactly(held.heldSubject, held.laterSubject);
        assertThat(seen).extracting(RecordedEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(db.customerEventFeed().head()).isEqualTo(seen.get(1).position());
    }

    @Test
    void aReaderWaitsOutAWriterThatRollsBackAndSkipsOnlyItsPosition() throws Exception {
        HeldWriter held = HeldWriter.draws(fresh(), settings, false);

        assertThat(held.readUntil(1, feed(persistence)))
                .extracting(RecordedEvent::subject)
                .containsExactly(held.laterSubject);
    }

    @Test
    void theLiveStreamsReaderDoesNotPassAPositionStillInFlightEither() throws Exception {
        HeldWriter held = HeldWriter.draws(fresh(), settings, true);

        LongFunction<List<RecordedEvent>> live = after -> persistence.customerEventFeed().after(after, 10).stream()
                .map(CustomerEventFeed.CustomerEvent::event)
                .toList();
        assertThat(held.readUntil(2, live))
                .extracting(RecordedEvent::subject)
                .containsExactly(held.heldSubject, held.laterSubject);
    }

    private static LongFunction<List<RecordedEvent>> feed(PostgresPersistence db) {
        return after -> db.eventFeed().after(after, 10, Set.of());
    }

    /**
     * Two writers of unrelated subjects: the first draws its position and is held open before its commit,
     * the second draws a greater one and commits meanwhile (it would wait forever if writers still
     * excluded each other). A reader then starts; once it has read or is waiting for a lock, the first
     * writer is let go, to commit or to roll back.
     */
    private static final class HeldWriter {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);
        private final CountDownLatch drawn = new CountDownLatch(1);
        private final CountDownLatch letGo = new CountDownLatch(1);
        private final DatabaseSettings settings;
        private Future<?> writer;
        private String heldSubject;
        private String laterSubject;

        private HeldWriter(DatabaseSettings settings) {
            this.settings = settings;
        }

        static HeldWriter draws(PostgresPersistence db, DatabaseSettings settings, boolean commits) throws Exception {
            HeldWriter held = new HeldWriter(settings);
            Customer first = db.customers().add(aCustomer(1).build());
            Customer second = db.customers().add(aCustomer(2).build());
            held.heldSubject = first.uid().toString();
            held.laterSubject = second.uid().toString();
            held.writer = held.pool.submit(() -> db.unitOfWork().inTransaction(() -> {
                db.eventLog().append(new SessionEnded(first.id(), new SessionId(1), T0));
                unitOfWork(db).beforeCommit(() -> {
                    held.drawn.countDown();
                    awaitUninterruptibly(held.letGo);
                    if (!commits) {
                        throw new IllegalStateException("rolled back");
                    }
                });
                return null;
            }));
            assertThat(held.drawn.await(1, TimeUnit.MINUTES)).isTrue();
            held.pool
                    .submit(() -> db.unitOfWork().inTransaction(() -> {
                        db.eventLog().append(new SessionEnded(second.id(), new SessionId(1), T0));
                        return null;
                    }))
                    .get(1, TimeUnit.MINUTES);
            return held;
        }

        /**
         * Reads from the start until it has {@code events}, letting the held writer go once the reader ran into it.
         *
         * @return every event read, in the order the pages gave them
         */
        List<RecordedEvent> readUntil(int events, LongFunction<List<RecordedEvent>> after) throws Exception {
            List<List<RecordedEvent>> pages = new CopyOnWriteArrayList<>();
            Future<?> reader = pool.submit(() -> {
                long position = 0;
                int read = 0;
                while (read < events && !Thread.currentThread().isInterrupted()) {
                    List<RecordedEvent> page = after.apply(position);
                    pages.add(page);
                    read += page.size();
                    if (!page.isEmpty()) {
                        position = page.get(page.size() - 1).position();
                    }
                }
                return null;
            });
            try (Connection watch =
                            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                    Statement waiting = watch.createStatement()) {
                while (!reader.isDone() && pages.isEmpty() && !readerWaitsForALock(waiting)) {
                    Thread.sleep(5);
                }
            }
            letGo.countDown();
            try {
                writer.get(1, TimeUnit.MINUTES);
            } catch (ExecutionException rolledBack) {
                assertThat(rolledBack).hasRootCauseMessage("rolled back");
            }
            try {
                reader.get(1, TimeUnit.MINUTES);
            } finally {
                pool.shutdownNow();
            }
            return pages.stream().flatMap(List::stream).toList();
        }

        private static boolean readerWaitsForALock(Statement statement) throws SQLException {
            try (ResultSet waits =
                    statement.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                            + " and database = (select oid from pg_database where datname = current_database())")) {
                waits.next();
                return waits.getInt(1) > 0;
            }
        }
    }

    private static JooqUnitOfWork unitOfWork(PostgresPersistence db) {
        return (JooqUnitOfWork) db.unitOfWork();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 4));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
