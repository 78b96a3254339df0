package com.fooddelivery.customer.application.event;

import com.fooddelivery.customer.domain.event.EventOutbox;
import com.fooddelivery.customer.domain.event.EventPublisher;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import com.fooddelivery.customer.domain.event.RelayLease;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Publishes the oldest unpublished events, then marks them: at least once, in order, the broker called
 * outside any transaction. A batch left unmarked is published again; consumers de-duplicate by id.
 */
public class RelayEvents {

    /** Events per batch. */
    public static final int BATCH = 500;

    private final EventOutbox outbox;
    private final EventPublisher publisher;
    private final RelayLease lease;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public RelayEvents(
            EventOutbox outbox, EventPublisher publisher, RelayLease lease, UnitOfWork unitOfWork, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Relays one batch if this instance holds the lease; 0 when none waited or another instance relays.
     *
     * @throws EventPublisher.PublishingFailedException when the broker did not take the batch; nothing is marked
     */
    public int relay() {
        if (!lease.hold()) {
            return 0;
        }
        List<RecordedEvent> batch = outbox.unpublished(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publish(batch);
        List<Long> positions = batch.stream().map(RecordedEvent::position).toList();
        unitOfWork.inTransaction(() -> {
            outbox.markPublished(positions, clock.instant());
            return null;
        });
        return batch.size();
    }
}
