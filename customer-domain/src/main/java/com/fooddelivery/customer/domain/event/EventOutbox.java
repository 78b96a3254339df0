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
     * @return the events
     */
    List<RecordedEvent> unpublished(int limit);

    /**
     * Marks events as published.
     *
     * @param positions the events' positions
     * @param at        when the broker confirmed them
     */
    void markPublished(List<Long> positions, Instant at);

    /**
     * Deletes a batch of events recorded before a time (and published, if so asked), oldest first.
     *
     * @param before        recorded before this
     * @param onlyPublished whether unpublished events must stay
     * @param batch         at most this many, so no lock is held long
     * @return how many were deleted
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
     * @param events the number of unpublished events
     * @param oldest when the oldest of them was recorded, if any
     */
    record Backlog(long events, Optional<Instant> oldest) {
        /**
         * Requires the oldest's time, present when events wait.
         *
         * @param events how many
         * @param oldest when the oldest was recorded
         */
        public Backlog {
            Objects.requireNonNull(oldest, "oldest");
        }
    }
}
