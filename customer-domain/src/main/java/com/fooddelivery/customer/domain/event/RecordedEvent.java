package com.fooddelivery.customer.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as the log keeps it, in the published form of a CloudEvent.
 *
 * @param position  its place in the whole log; later commits have greater positions
 * @param type      the CloudEvents type, e.g. {@code com.fooddelivery.customer.order.placed.v1}
 * @param subject   the order's uid for order events, the customer's uid for account events
 * @param sequence  1, 2, 3… per subject, in the order its events were recorded
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

    /**
     * Whether this is an order's event (else an account's).
     *
     * @return true for types under {@code com.fooddelivery.customer.order.}
     */
    public boolean aboutAnOrder() {
        return type.startsWith(DomainEvent.TYPE_PREFIX + "order.");
    }
}
