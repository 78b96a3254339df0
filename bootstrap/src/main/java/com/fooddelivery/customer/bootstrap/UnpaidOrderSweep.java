package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.application.payment.ExpireUnpaidOrders;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ExpireUnpaidOrders} on a timer, on every instance: the use case's SKIP LOCKED batches
 * let instances sweep side by side. A failed run is logged and the next one tries again.
 */
final class UnpaidOrderSweep {

    private static final Logger LOG = LoggerFactory.getLogger(UnpaidOrderSweep.class);
    private static final int FULL_BATCH = 100;

    private UnpaidOrderSweep() {}

    static PeriodicTask start(ExpireUnpaidOrders expire, Duration interval) {
        return PeriodicTask.start(
                "unpaid-order-sweep",
                interval,
                () -> {
                    int cancelled = expire.expire();
                    if (cancelled > 0) {
                        LOG.info("Cancelled {} orders not paid in time", cancelled);
                    }
                    return cancelled;
                },
                FULL_BATCH,
                LOG);
    }
}
