package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds password hashing: so many hashes run at once, so many more may wait their turn, and a
 * request beyond those is refused at once with "retry shortly" instead of parking a request thread
 * that menu reads and orders need.
 */
final class HashingSlots {

    /** About how long a full queue takes to drain. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Semaphore running;
    private final Semaphore admitted;

    /**
     * @param running hashes at the same time, at least one
     * @param waiting hashes that may queue behind those
     */
    HashingSlots(int running, int waiting) {
        if (running < 1 || waiting < 0) {
            throw new IllegalArgumentException("at least one hash must run and no negative queue");
        }
        this.running = new Semaphore(running, true);
        this.admitted = new Semaphore(running + waiting);
    }

    <T> T run(Supplier<T> hashing) {
        if (!admitted.tryAcquire()) {
            throw new ServiceUnavailableException("password hashing (saturated)", RETRY_AFTER, null);
        }
        try {
            running.acquireUninterruptibly();
            try {
                return hashing.get();
            } finally {
                running.release();
            }
        } finally {
            admitted.release();
        }
    }
}
