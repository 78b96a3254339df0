package com.fooddelivery.customer.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;

/**
 * A background job run on a timer of its own daemon thread, for the sweeps every instance runs. One
 * run repeats its batch while a batch comes back full; a failed run is logged and the next one tries again.
 */
final class PeriodicTask implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private PeriodicTask(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * @param name     the thread's name, and the job's in the log
     * @param interval the pause between runs
     * @param batch    one batch of work, answering how many items it handled
     * @param full     a batch this large means more may be due at once
     * @param log      where a failed run is reported
     */
    @SuppressWarnings("FutureReturnValueIgnored") // the task catches its own failures; close() cancels the schedule
    static PeriodicTask start(String name, Duration interval, IntSupplier batch, int full, Logger log) {
        Objects.requireNonNull(batch, "batch");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        int done;
                        do {
                            done = batch.getAsInt();
                        } while (done >= full && !Thread.currentThread().isInterrupted());
                    } catch (RuntimeException failure) {
                        log.warn("{} failed; retrying next run", name, failure);
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new PeriodicTask(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
