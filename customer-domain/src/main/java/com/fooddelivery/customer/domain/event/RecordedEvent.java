package com.fooddelivery.customer.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the log keeps it, a CloudEvent: {@code position} grows with commit order over the whole log,
 * {@code sequence} counts 1, 2, 3… per subject (the order's or the customer's uid).
 */
public record RecordedEvent(
        long position, UUID id, String type, String subject, long sequence, Instant time, String data) {
    public RecordedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (position <= 0 || sequence <= 0) {
            throw new IllegalArgumentException("positions and sequences start at 1");
        }
    }

    /** Whether this is an order's event (else an account's). */
    public boolean aboutAnOrder() {
        return type.startsWith(DomainEvent.TYPE_PREFIX + "order.");
    }
}
