package com.fooddelivery.customer.domain.event;

import java.util.List;
import java.util.Set;

/** Reads the log in order, for the other services that follow it. */
public interface EventFeed {

    /**
     * Events after a position, oldest first; one that commits later always gets a greater position.
     *
     * @param position the last position the reader has, 0 for the beginning
     * @param types    only these CloudEvents types; empty for all
     */
    List<RecordedEvent> after(long position, int limit, Set<String> types);
}
