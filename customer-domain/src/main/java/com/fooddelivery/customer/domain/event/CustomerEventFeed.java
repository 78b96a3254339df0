package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.List;
import java.util.Objects;

/**
 * The log read by whose orders and account each event is about, for the customer's live streams.
 * Like {@link EventFeed}, "after N" never skips an event that commits later.
 */
public interface CustomerEventFeed {

    /** A position covering every event committed before the call, none below it still open; 0 for an empty log. */
    long head();

    /** Every event after a position, oldest first, each with its customer. */
    List<CustomerEvent> after(long position, int limit);

    /** One customer's events (their orders' and their account's) after a position, oldest first. */
    List<CustomerEvent> ofCustomer(CustomerId customerId, long position, int limit);

    /** An event and the customer it concerns. */
    record CustomerEvent(CustomerId customerId, RecordedEvent event) {
        public CustomerEvent {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(event, "event");
        }
    }
}
