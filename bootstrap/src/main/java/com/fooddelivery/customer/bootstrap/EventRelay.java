package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.application.event.RelayEvents;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.event.RelayLease;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the event log moving on every instance: with a broker, a relay thread publishes each commit's
 * events as soon as PostgreSQL announces it (and at least every second, which is also how often an
 * instance without the lease asks for it); a broker that fails is retried with a doubling backoff up to
 * 30 s, which no customer request ever waits on. Old events are purged in small batches every minute.
 */
final class EventRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final ScheduledExecutorService purging;
    private final Optional<Thread> relaying;
    private final Optional<EventSignals.Subscription> wakeUps;
    private final Optional<Relay> relay;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running = true;

    @SuppressWarnings("FutureReturnValueIgnored") // purge(..) catches its own failures; shutdown cancels the schedule
    private EventRelay(PurgeEvents purge, Optional<Relay> relay) {
        this.purging = Executors.newSingleThreadScheduledExecutor(daemon("event-purge"));
        purging.scheduleWithFixedDelay(
                () -> purge(purge), PURGE_INTERVAL.toMillis(), PURGE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        this.relay = relay;
        this.wakeUps = relay.map(with -> with.signals().subscribe(wake::release));
        this.relaying = relay.map(with -> {
            Thread thread = new Thread(() -> relayForever(with.relay()), "event-relay");
            thread.setDaemon(true);
            thread.start();
            return thread;
        });
    }

    /**
     * Starts purging and, when a broker is configured, relaying.
     *
     * @param purge deletes old events
     * @param relay the relay and what it needs, when a broker is configured
     * @return the running relay; close it to stop
     */
    static EventRelay start(PurgeEvents purge, Optional<Relay> relay) {
        return new EventRelay(purge, relay);
    }

    /**
     * What relaying needs.
     *
     * @param relay   publishes a batch
     * @param signals wakes the relay on commits
     * @param lease   given up when the relay stops, for another instance to take at once
     * @param broker  the broker's client, closed when the relay stops
     */
    record Relay(RelayEvents relay, EventSignals signals, RelayLease lease, AutoCloseable broker) {}

    private void relayForever(RelayEvents relay) {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try {
                wake.drainPermits();
                int published = relay.relay();
                if (backoff.compareTo(FIRST_BACKOFF) > 0) {
                    LOG.info("event relay: the broker takes events again");
                }
                backoff = FIRST_BACKOFF;
                if (published < RelayEvents.BATCH) {
                    wake.tryAcquire(IDLE.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (RuntimeException failed) {
                // The message names the failure's kind only: never an event's data, never a credential.
                LOG.warn("event relay: publishing failed ({}); retrying in {}", failed.getMessage(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    private void purge(PurgeEvents purge) {
        try {
            int deleted;
            do {
                deleted = purge.purge();
            } while (deleted >= PurgeEvents.BATCH && running);
        } catch (RuntimeException failure) {
            LOG.warn("Purging old events failed; retrying next run", failure);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            running = false;
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        running = false;
        wakeUps.ifPresent(EventSignals.Subscription::close);
        relaying.ifPresent(thread -> {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        relay.ifPresent(stopped -> {
            stopped.lease().release();
            try {
                stopped.broker().close();
            } catch (Exception closing) {
                LOG.warn("event relay: closing the broker's client failed", closing);
            }
        });
        purging.shutdownNow();
    }
}
