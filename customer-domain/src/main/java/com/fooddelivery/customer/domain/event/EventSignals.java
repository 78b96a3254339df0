package com.fooddelivery.customer.domain.event;

/** Tells waiting readers that new events may have committed on any instance: a hint to read again, nothing more. */
public interface EventSignals {

    /**
     * Calls {@code listener} after each commit that appended events; it runs on the signals' thread, so must not block.
     */
    Subscription subscribe(Runnable listener);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        /** Stops the calls. */
        @Override
        void close();
    }
}
