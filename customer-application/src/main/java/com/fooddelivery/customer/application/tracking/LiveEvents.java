package com.fooddelivery.customer.application.tracking;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.CustomerEventFeed.CustomerEvent;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import com.fooddelivery.customer.domain.shared.ThrottledException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one reader of the log behind this instance's live streams: a commit signal makes it read once,
 * however many streams there are. It counts the streams, so no customer and no crowd takes them all.
 * While no stream is open it reads nothing (each read settles the log's mark, which briefly pauses the
 * writers); the first stream to open starts it again from the log's head.
 */
public final class LiveEvents implements AutoCloseable {

    private static final int PAGE = 500;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final CustomerEventFeed feed;
    private final int maxStreams;
    private final int maxPerCustomer;
    private final Map<CustomerId, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final ExecutorService reader;
    private final AtomicBoolean readPending = new AtomicBoolean();
    private final EventSignals.Subscription subscription;
    private int streams;
    private long position;

    /** Listens for commit signals; reads the log from its head once the first stream opens. */
    public LiveEvents(CustomerEventFeed feed, EventSignals signals, int maxStreams, int maxPerCustomer) {
        this(feed, signals, maxStreams, maxPerCustomer, Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "live-events");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param reader the one thread that reads, which {@link #close()} stops */
    LiveEvents(
            CustomerEventFeed feed, EventSignals signals, int maxStreams, int maxPerCustomer, ExecutorService reader) {
        this.feed = Objects.requireNonNull(feed, "feed");
        if (maxStreams < 1 || maxPerCustomer < 1) {
            throw new IllegalArgumentException("stream limits must be positive");
        }
        this.maxStreams = maxStreams;
        this.maxPerCustomer = maxPerCustomer;
        this.reader = Objects.requireNonNull(reader, "reader");
        this.subscription = signals.subscribe(this::wake);
    }

    /** Something to hand a customer's events to. */
    interface Watcher extends Consumer<CustomerEvent> {}

    /**
     * Adds a stream of a customer's events, handed over on the reader's thread (so never to block long).
     *
     * @return the position after which every event reaches the watcher
     * @throws ThrottledException          when the customer holds their most streams
     * @throws ServiceUnavailableException when this instance holds its most streams
     */
    synchronized long watch(CustomerId customerId, Watcher watcher) {
        Set<Watcher> own = watchers.get(customerId);
        if (own != null && own.size() >= maxPerCustomer) {
            throw new ThrottledException(RETRY_AFTER);
        }
        if (streams >= maxStreams) {
            throw new ServiceUnavailableException("live tracking", RETRY_AFTER, null);
        }
        boolean idle = streams == 0;
        if (idle) {
            // Nobody heard the events since the reader stopped; the stream's own catch-up shows a client what it
            // missed, so the reader goes on from the head. It cannot read meanwhile: reading checks for streams
            // under this lock, so no signal that arrives from here on is lost.
            position = Math.max(position, feed.head());
        }
        watchers.computeIfAbsent(customerId, id -> ConcurrentHashMap.newKeySet())
                .add(watcher);
        streams++;
        if (idle) {
            // Signals that arrived while nobody listened were dropped: read what committed after the head.
            wake();
        }
        return position;
    }

    /** Removes a stream; removing one twice is harmless. */
    synchronized void unwatch(CustomerId customerId, Watcher watcher) {
        Set<Watcher> own = watchers.get(customerId);
        if (own != null && own.remove(watcher)) {
            streams--;
            if (own.isEmpty()) {
                watchers.remove(customerId);
            }
        }
    }

    /** How many streams are open on this instance. */
    public synchronized int openStreams() {
        return streams;
    }

    private synchronized long position() {
        return position;
    }

    private void wake() {
        // Signals that arrive while a read is queued add nothing: that read sees their events too.
        if (readPending.compareAndSet(false, true)) {
            reader.execute(this::readNew);
        }
    }

    private void readNew() {
        readPending.set(false);
        if (openStreams() == 0) {
            return;
        }
        try {
            List<CustomerEvent> page;
            do {
                page = feed.after(position(), PAGE);
                for (CustomerEvent event : page) {
                    deliver(event);
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException unreadable) {
            // The next signal (at the latest, the reconnect's) reads again from the same position.
        }
    }

    private void deliver(CustomerEvent event) {
        synchronized (this) {
            if (event.event().position() <= position) {
                // A read that began before the reader was restarted from the head: its watchers had these events.
                return;
            }
            position = event.event().position();
        }
        Set<Watcher> own = watchers.get(event.customerId());
        if (own != null) {
            for (Watcher watcher : own) {
                watcher.accept(event);
            }
        }
    }

    @Override
    public void close() {
        subscription.close();
        reader.shutdownNow();
    }
}
