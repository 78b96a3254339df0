package com.fooddelivery.customer.domain.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The part of the log a relay works off: what is not yet published to the broker, and the old that may go. */
public interface EventOutbox {

    /**
     * The oldest events not yet published, in the order of their positions.
     *
     * @param limit at most this many
     */
    List<RecordedEvent> unpublished(int limit);

    /** Marks events as published. */
    void markPublished(List<Long> positions, Instant at);

    /**
     * Deletes a batch of events recorded before a time (and published, if so asked), oldest first.
     *
     * @param onlyPublished whether unpublished events must stay
     * @param batch         at most this many, so no lock is held long
     */
    int purge(Instant before, boolean onlyPublished, int batch);

    /**
     * How far the relay is behind.
     *
     * @return the number of unpublished events and when the oldest of them was recorded
     */
    Backlog backlog();

    /**
     * What waits to be published.
     *
     * @param oldest when the oldest of them was recorded, if any
     */
    record Backlog(long events, Optional<Instant> oldest) {
        /** Requires the oldest's time, present when events wait. */
        public Backlog {
            Objects.requireNonNull(oldest, "oldest");
        }
    }
}
