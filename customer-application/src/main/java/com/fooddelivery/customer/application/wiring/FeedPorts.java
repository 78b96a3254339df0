package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.EventFeed;
import com.fooddelivery.customer.domain.event.EventOutbox;
import com.fooddelivery.customer.domain.event.EventSignals;
import java.util.Objects;
import java.util.Optional;

/**
 * The event log as its readers see it; the log every use case appends to is {@link CorePorts#events()}. Each
 * is optional and switches its use cases on.
 *
 * @param feed         the event log as the other services read it
 * @param signals      the wake-up of waiting readers when events are appended
 * @param customerFeed a customer's own events, for live tracking
 * @param outbox       the event log as the relay and the purge handle it
 */
public record FeedPorts(
        Optional<EventFeed> feed,
        Optional<EventSignals> signals,
        Optional<CustomerEventFeed> customerFeed,
        Optional<EventOutbox> outbox) {

    /** Requires every part, each of which may be empty, never null. */
    public FeedPorts {
        Objects.requireNonNull(feed, "eventFeed");
        Objects.requireNonNull(signals, "eventSignals");
        Objects.requireNonNull(customerFeed, "customerEventFeed");
        Objects.requireNonNull(outbox, "eventOutbox");
    }
}
