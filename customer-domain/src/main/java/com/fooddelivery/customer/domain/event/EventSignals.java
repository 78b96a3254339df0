package com.fooddelivery.customer.domain.event;

/** Tells waiting readers that new events may have committed on any instance: a hint to read again, nothing more. */
public interface EventSignals {

    /** Calls {@code listener}, on the signals' thread so never to block, after each commit that appended events. */
    Subscription subscribe(Runnable listener);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
