package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.application.payment.ExpireUnpaidOrders;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ExpireUnpaidOrders} on a timer, on every instance: the use case's SKIP LOCKED batches
 * let instances sweep side by side. A failed run is logged and the next one tries again.
 */
final class UnpaidOrderSweep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnpaidOrderSweep.class);

    private final ScheduledExecutorService timer;

    private UnpaidOrderSweep(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static UnpaidOrderSweep start(ExpireUnpaidOrders expire, Duration interval) {
        Objects.requireNonNull(expire, "expire");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "unpaid-order-sweep");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int cancelled;
                // A full batch means more may be due: keep going until a batch comes back short.
                do {
                    cancelled = expire.expire();
                    if (cancelled > 0) {
                        LOG.info("Cancelled {} orders not paid in time", cancelled);
                    }
                } while (cancelled >= 100 && !Thread.currentThread().isInterrupted());
            } catch (RuntimeException failure) {
                LOG.warn("Sweeping unpaid orders failed; retrying next run", failure);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new UnpaidOrderSweep(timer);
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
