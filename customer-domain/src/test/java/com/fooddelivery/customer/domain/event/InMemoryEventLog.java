package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.customer.CustomerRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The event log in memory, for use-case tests: positions and per-subject sequences as the real log
 * gives them. Its data is a small JSON object naming the event, since serialising the events'
 * full data is the persistence adapter's work.
 */
public final class InMemoryEventLog implements EventLog, EventFeed {

    private final CustomerRepository customers;
    private final List<RecordedEvent> events = new ArrayList<>();
    private final List<DomainEvent> appended = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    /** @param customers resolves an account event's customer to the uid that is its subject */
    public InMemoryEventLog(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public synchronized void append(DomainEvent event) {
        String subject = event instanceof OrderHistoryEvent order ? order.orderUid().toString()
                : customers.byId(((AccountEvent) event).customerId()).orElseThrow().uid().toString();
        long sequence = sequences.merge(subject, 1L, Long::sum);
        events.add(new RecordedEvent(events.size() + 1, UUID.randomUUID(), event.type(), subject, sequence,
                event.occurredAt(), "{\"event\":\"" + event.name() + "\"}"));
        appended.add(event);
    }

    @Override
    public synchronized List<RecordedEvent> after(long position, int limit, Set<String> types) {
        return events.stream()
                .filter(event -> event.position() > position)
                .filter(event -> types.isEmpty() || types.contains(event.type()))
                .limit(limit)
                .toList();
    }

    /**
     * Every event appended so far, as the use cases appended them.
     *
     * @return the domain events, oldest first
     */
    public synchronized List<DomainEvent> appended() {
        return List.copyOf(appended);
    }

    /**
     * The appended events of one kind.
     *
     * @param kind the event's class
     * @param <T>  its type
     * @return those events, oldest first
     */
    public synchronized <T extends DomainEvent> List<T> appended(Class<T> kind) {
        return appended.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
