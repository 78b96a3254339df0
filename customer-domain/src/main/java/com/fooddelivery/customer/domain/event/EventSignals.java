package com.fooddelivery.customer.domain.event;

/**
 * Tells waiting readers that new events may have committed, on any instance. A signal is a hint to
 * read again, never the events themselves; a signal may come without new events (readers re-read).
 */
public interface EventSignals {

    /**
     * Calls {@code listener} after each commit that appended events, until the subscription is closed.
     * The listener runs on a thread of the signals' own and must not block for long.
     *
     * @param listener what to call
     * @return closes the subscription
     */
    Subscription subscribe(Runnable listener);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        /** Stops the calls. */
        @Override
        void close();
    }
}
