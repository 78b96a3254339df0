package com.fooddelivery.customer.application.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.CustomerEventFeed.CustomerEvent;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live streams' reader reads the log only while a stream is open on the instance: each read settles the
 * log's mark, which pauses the writers, and nobody would hear what it found. A stream that opens starts from
 * the head and hears every event committed after it.
 */
class LiveEventsTest {

    private static final CustomerId ANNA = new CustomerId(1);

    private final Feed feed = new Feed();
    private final Signals signals = new Signals();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final LiveEvents live = new LiveEvents(feed, signals, 10, 5, reader);
    private final List<Long> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void withNoStreamOpen_commitSignalsReadNothing() throws Exception {
        feed.append(ANNA);
        feed.append(ANNA);

        signals.fire();
        signals.fire();
        readerDone();

        assertThat(feed.reads).as("reads of the log, marks included").isZero();
        assertThat(feed.heads).as("not even the head, until a stream opens").isZero();
    }

    @Test
    void theFirstStreamStartsFromTheHead_andHearsWhatCommitsAfterIt() throws Exception {
        feed.append(ANNA);
        feed.append(ANNA);
        signals.fire();
        readerDone();

        assertThat(live.watch(ANNA, event -> heard.add(event.event().position())))
                .isEqualTo(2);
        feed.append(ANNA);
        signals.fire();
        readerDone();

        assertThat(heard)
                .as("what it missed comes from its own catch-up, not again from the reader")
                .containsExactly(3L);
    }

    @Test
    void theLastStreamToCloseStopsTheReads_andTheNextOneStartsFromTheNewHead() throws Exception {
        LiveEvents.Watcher first = event -> heard.add(event.event().position());
        live.watch(ANNA, first);
        feed.append(ANNA);
        signals.fire();
        readerDone();
        live.unwatch(ANNA, first);
        int readsWhileOpen = feed.reads;

        feed.append(ANNA);
        signals.fire();
        readerDone();
        assertThat(feed.reads).isEqualTo(readsWhileOpen);

        assertThat(live.watch(ANNA, event -> heard.add(event.event().position())))
                .isEqualTo(2);
        feed.append(ANNA);
        signals.fire();
        readerDone();
        assertThat(heard).containsExactly(1L, 3L);
    }

    /** Waits until the reader has run every task queued so far: it runs them one at a time, in order. */
    private void readerDone() throws Exception {
        reader.submit(() -> {}).get(30, TimeUnit.SECONDS);
    }

    /** A log in memory that counts its reads. */
    private static final class Feed implements CustomerEventFeed {

        private final List<CustomerEvent> events = new ArrayList<>();
        volatile int reads;
        volatile int heads;

        synchronized void append(CustomerId customer) {
            long position = events.size() + 1;
            events.add(new CustomerEvent(
                    customer,
                    new RecordedEvent(
                            position, UUID.randomUUID(), "order-placed", "order", position, Instant.EPOCH, "{}")));
        }

        @Override
        public synchronized long head() {
            heads++;
            return events.size();
        }

        @Override
        public synchronized List<CustomerEvent> after(long position, int limit) {
            reads++;
            return events.stream()
                    .filter(event -> event.event().position() > position)
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<CustomerEvent> ofCustomer(CustomerId customerId, long position, int limit) {
            throw new UnsupportedOperationException("the reader reads every customer's events");
        }
    }

    /** Commit signals fired by the test. */
    private static final class Signals implements EventSignals {

        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        void fire() {
            listeners.forEach(Runnable::run);
        }

        @Override
        public Subscription subscribe(Runnable listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
