package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.application.event.ReadEvents;
import com.fooddelivery.customer.application.event.RelayEvents;
import com.fooddelivery.customer.domain.event.EventPublisher;
import com.fooddelivery.customer.domain.event.RelayLease;
import java.time.Duration;
import java.util.Optional;

/**
 * The use cases of the event log as the company reads it: the service feed, the relay to a broker and the purge.
 */
public final class EventUseCases {

    private final CorePorts ports;
    private final Optional<ReadEvents> readEvents;

    EventUseCases(CorePorts p) {
        ports = p;
        readEvents =
                p.feeds().feed().flatMap(feed -> p.feeds().signals().map(signals -> new ReadEvents(feed, signals)));
    }

    /** The service event feed; with {@code EventFeed} and {@code EventSignals} only. */
    public Optional<ReadEvents> readEvents() {
        return readEvents;
    }

    /**
     * Relays the event log to a broker under a lease, so one instance relays at a time.
     *
     * @return the use case, or empty without {@code EventOutbox}
     */
    public Optional<RelayEvents> relayEvents(EventPublisher publisher, RelayLease lease) {
        return ports.feeds()
                .outbox()
                .map(outbox -> new RelayEvents(outbox, publisher, lease, ports.unitOfWork(), ports.clock()));
    }

    /**
     * Purges old events from the log.
     *
     * @param onlyPublished whether only events a broker took are purged
     * @return the use case, or empty without {@code EventOutbox}
     */
    public Optional<PurgeEvents> purgeEvents(Duration retention, boolean onlyPublished) {
        return ports.feeds().outbox().map(outbox -> new PurgeEvents(outbox, retention, onlyPublished, ports.clock()));
    }
}
