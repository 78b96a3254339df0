package com.fooddelivery.customer.domain.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link EventSignals} of one process with no other instance writing: a test or an embedder calls
 * {@link #signal()} where its commits would send one, and until then waiting readers wait out their wait.
 */
public final class InMemoryEventSignals implements EventSignals {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every subscribed reader to read again, as a commit that appended events does. */
    public void signal() {
        listeners.forEach(Runnable::run);
    }

    /**
     * How many readers are subscribed now.
     *
     * @return the open subscriptions
     */
    public int subscribers() {
        return listeners.size();
    }
}
