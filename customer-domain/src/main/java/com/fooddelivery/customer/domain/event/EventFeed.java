package com.fooddelivery.customer.domain.event;

import java.util.List;
import java.util.Set;

/** Reads the log in order, for the other services that follow it. */
public interface EventFeed {

    /**
     * Events after a position, oldest first. Once a reader has been given a position, no event at or below it
     * appears later: an event still being committed holds back every greater position until it commits
     * or rolls back.
     *
     * @param position the last position the reader has, 0 for the beginning
     * @param types    only these CloudEvents types; empty for all
     */
    List<RecordedEvent> after(long position, int limit, Set<String> types);
}
