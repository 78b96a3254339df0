package com.fooddelivery.customer.bootstrap;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import net.logstash.logback.encoder.com.lmax.disruptor.AlertException;
import net.logstash.logback.encoder.com.lmax.disruptor.Sequence;
import net.logstash.logback.encoder.com.lmax.disruptor.SequenceBarrier;
import net.logstash.logback.encoder.com.lmax.disruptor.WaitStrategy;

/**
 * How the log's writer thread waits for lines (the disruptor that logstash-logback-encoder shades): while
 * lines keep coming it naps a short while and writes what gathered, so no request thread has to wake it;
 * after a few naps that found nothing it blocks, and the next line wakes it. The library's blocking
 * strategy made every line lock and signal from the request thread and woke the writer once per line
 * (docs/performance.md, "The request log line"); a spinning one would take a core of a two-core machine.
 */
final class NappingWaitStrategy implements WaitStrategy {

    private final long napNanos;
    private final int napsBeforeBlocking;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition published = lock.newCondition();
    /** Set by the writer before it blocks; the first publisher to see it takes it and signals. */
    private final AtomicBoolean blocked = new AtomicBoolean();

    NappingWaitStrategy(Duration nap, int napsBeforeBlocking) {
        if (nap.isNegative() || nap.isZero() || napsBeforeBlocking < 0) {
            throw new IllegalArgumentException("a nap must be positive and the naps not negative");
        }
        this.napNanos = nap.toNanos();
        this.napsBeforeBlocking = napsBeforeBlocking;
    }

    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence dependentSequence, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        int naps = 0;
        long available;
        while ((available = dependentSequence.get()) < sequence) {
            barrier.checkAlert();
            if (cursor.get() >= sequence) {
                // Claimed already, only what it depends on lags: a matter of nanoseconds.
                Thread.onSpinWait();
            } else if (naps < napsBeforeBlocking) {
                naps++;
                LockSupport.parkNanos(this, napNanos);
            } else {
                block(sequence, cursor, barrier);
            }
        }
        return available;
    }

    private void block(long sequence, Sequence cursor, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        lock.lock();
        try {
            // The flag is set before the cursor is read again, and a publisher advances the cursor before it
            // reads the flag: one of the two sees the other, so a line is never left unsignalled.
            while (cursor.get() < sequence) {
                blocked.set(true);
                if (cursor.get() >= sequence) {
                    break;
                }
                barrier.checkAlert();
                published.await();
            }
        } finally {
            // Awake again: publishers may go back to not signalling.
            blocked.set(false);
            lock.unlock();
        }
    }

    /** Called by every publisher after each line, and by the appender's stop: cheap unless the writer blocks. */
    @Override
    public void signalAllWhenBlocking() {
        if (blocked.get() && blocked.getAndSet(false)) {
            lock.lock();
            try {
                published.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public String toString() {
        return "NappingWaitStrategy{nap=" + napNanos + "ns, napsBeforeBlocking=" + napsBeforeBlocking + "}";
    }
}
