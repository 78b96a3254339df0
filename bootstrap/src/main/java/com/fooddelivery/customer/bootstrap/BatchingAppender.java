package com.fooddelivery.customer.bootstrap;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands log events to one writer thread that formats and writes whatever has gathered every few
 * milliseconds. Logback's own {@code AsyncAppender} wakes its worker for every event, and under
 * load on two cores those wake-ups were the largest cost left on a cached request. Here a request
 * thread only adds the event to a queue that nobody waits on.
 *
 * <p>Nothing is dropped: when the queue is full the caller waits for the writer. A line reaches the
 * attached appenders at most {@code maxDelayMillis} after it was logged, and {@link #stop()} writes
 * everything queued before it returns. Attached {@link OutputStreamAppender}s are flushed after each
 * batch, so they may leave {@code immediateFlush} off.
 */
public class BatchingAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private int queueSize = 8192;
    private long maxDelayMillis = 5;
    private ArrayBlockingQueue<ILoggingEvent> queue;
    private volatile boolean stopping;
    private Thread writer;

    /** @param queueSize how many events may wait before callers block (default 8192) */
    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    /** @param maxDelayMillis how long the writer sleeps when it finds nothing to write (default 5) */
    public void setMaxDelayMillis(long maxDelayMillis) {
        this.maxDelayMillis = maxDelayMillis;
    }

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        if (queueSize < 1 || maxDelayMillis < 1) {
            addError("queueSize and maxDelayMillis must be positive");
            return;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        stopping = false;
        writer = new Thread(this::writeUntilStopped, "log-writer-" + getName());
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // What the event refers to (MDC, the thread's name, the message's arguments) must be
        // captured on the logging thread, as the writer formats it later.
        event.prepareForDeferredProcessing();
        try {
            queue.put(event);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            // The caller is being cancelled; its line is still owed to the log.
            appendNow(event);
        }
    }

    private synchronized void appendNow(ILoggingEvent event) {
        appenders.appendLoopOnAppenders(event);
        flush();
    }

    private void writeUntilStopped() {
        List<ILoggingEvent> batch = new ArrayList<>();
        while (true) {
            boolean last = stopping;
            queue.drainTo(batch);
            if (!batch.isEmpty()) {
                synchronized (this) {
                    for (ILoggingEvent event : batch) {
                        appenders.appendLoopOnAppenders(event);
                    }
                    flush();
                }
                batch.clear();
            } else if (last) {
                return;
            } else {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(maxDelayMillis));
            }
        }
    }

    private void flush() {
        for (Iterator<Appender<ILoggingEvent>> each = appenders.iteratorForAppenders(); each.hasNext(); ) {
            if (each.next() instanceof OutputStreamAppender<ILoggingEvent> stream && stream.getOutputStream() != null) {
                try {
                    stream.getOutputStream().flush();
                } catch (IOException failed) {
                    addError("flushing " + stream.getName() + " failed", failed);
                }
            }
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        stopping = true;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
