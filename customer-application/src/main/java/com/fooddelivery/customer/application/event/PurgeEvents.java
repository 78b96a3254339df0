package com.fooddelivery.customer.application.event;

import com.fooddelivery.customer.domain.event.EventOutbox;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Deletes events older than the retention, a small batch per call so no lock is held long. With a broker,
 * only published events go; without one, the feed's readers have had the retention to read them.
 */
public class PurgeEvents {

    /** Events deleted per call. */
    public static final int BATCH = 1000;

    private final EventOutbox outbox;
    private final Duration retention;
    private final boolean onlyPublished;
    private final Clock clock;

    @Inject
    public PurgeEvents(EventOutbox outbox, Duration retention, boolean onlyPublished, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.onlyPublished = onlyPublished;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes one batch; fewer than {@link #BATCH} deleted means nothing old is left. */
    public int purge() {
        return outbox.purge(clock.instant().minus(retention), onlyPublished, BATCH);
    }
}
