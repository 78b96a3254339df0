package com.fooddelivery.customer.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The part of the log a relay works off: what is not yet published to the broker, and the old that may go. */
public interface EventOutbox {

    /** At most {@code limit} of the oldest events not yet published, in the order of their positions. */
    List<RecordedEvent> unpublished(int limit);

    /** Marks events as published. */
    void markPublished(List<Long> positions, Instant at);

    /** Deletes up to {@code batch} events (small, so no lock is held long) recorded before a time, oldest first. */
    int purge(Instant before, boolean onlyPublished, int batch);

    /** How far the relay is behind. */
    Backlog backlog();

    /** How many events wait to be published, and when the oldest was recorded. */
    record Backlog(long events, Optional<Instant> oldest) {
        public Backlog {
            Objects.requireNonNull(oldest, "oldest");
        }
    }
}
