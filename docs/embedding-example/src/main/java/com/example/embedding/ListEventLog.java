package com.example.embedding;

import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.EventLog;
import java.util.ArrayList;
import java.util.List;

/**
 * The events the use cases record, kept in a list. A team with a database writes them to an outbox
 * table in the use case's transaction instead, and publishes them from there.
 */
public final class ListEventLog implements EventLog {

    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(DomainEvent event) {
        events.add(event);
    }

    /**
     * Every event recorded so far.
     *
     * @return the events, oldest first
     */
    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
