package com.fooddelivery.customer.domain.event;

import java.util.List;

/** The record of what happened (a transactional outbox): an event is kept if and only if its unit of work commits. */
public interface EventLog {

    /** Records the event as part of the open unit of work. */
    void append(DomainEvent event);

    /** Records several events, in the given order. */
    default void appendAll(List<? extends DomainEvent> events) {
        events.forEach(this::append);
    }
}
