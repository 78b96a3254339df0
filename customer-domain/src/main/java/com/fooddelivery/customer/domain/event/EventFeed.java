package com.fooddelivery.customer.domain.event;

import java.util.List;
import java.util.Set;

/** Reads the log in order, for the other services that follow it. */
public interface EventFeed {

    /**
     * Events after a position (0: the beginning) of these types (none: all), oldest first. No event at or
     * below a position given out appears later: an open commit holds back every greater position.
     */
    List<RecordedEvent> after(long position, int limit, Set<String> types);
}
