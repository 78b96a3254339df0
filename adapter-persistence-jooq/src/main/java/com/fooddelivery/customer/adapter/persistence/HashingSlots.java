package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds password hashing: so many hashes run at once, so many more may wait their turn, and a
 * request beyond those is refused at once with "retry shortly" instead of parking a request thread
 * that menu reads and orders need.
 *
 * <p>The hashes run on as many threads of their own as may run at once, and the request thread waits
 * for its result. Each Argon2id hash mallocs its whole memory (19 MiB) and frees it: hashed always on the
 * same few threads, glibc hands each the memory its last hash freed, while hashed on whichever of the
 * server's threads held a slot, a hash found its arena's block trimmed or taken and touched its pages
 * afresh, 10–30 times the page faults and about 2 ms more CPU per hash (docs/performance.md, "Sign-in,
 * session 10"). Idle hashing threads end after a while, so a quiet instance (or a test's hasher) keeps none.
 */
final class HashingSlots {

    /** About how long a full queue takes to drain. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /** Name of the hashing threads, followed by a number. */
    static final String THREAD_NAME = "password-hashing-";

    private static final Duration IDLE_THREADS_END = Duration.ofSeconds(30);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ThreadPoolExecutor hashing;
    private final Semaphore admitted;

    /**
     * @param running hashes at the same time (and threads that compute them), at least one
     * @param waiting hashes that may queue behind those
     */
    HashingSlots(int running, int waiting) {
        if (running < 1 || waiting < 0) {
            throw new IllegalArgumentException("at least one hash must run and no negative queue");
        }
        // The queue is unbounded here because admission bounds it: at most `waiting` tasks ever sit in it.
        this.hashing = new ThreadPoolExecutor(
                running,
                running,
                IDLE_THREADS_END.toMillis(),
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                HashingSlots::daemon);
        this.hashing.allowCoreThreadTimeOut(true);
        this.admitted = new Semaphore(running + waiting);
    }

    <T> T run(Supplier<T> hash) {
        if (!admitted.tryAcquire()) {
            throw new ServiceUnavailableException("password hashing (saturated)", RETRY_AFTER, null);
        }
        try {
            return resultOf(hashing.submit(hash::get));
        } finally {
            admitted.release();
        }
    }

    /**
     * Waits for the hash even when the request thread is interrupted (an admitted hash is always computed and
     * its slot held until it ends), and throws what the hash threw.
     */
    private static <T> T resultOf(Future<T> hash) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return hash.get();
                } catch (InterruptedException interruption) {
                    interrupted = true;
                } catch (ExecutionException failed) {
                    Throwable cause = failed.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, THREAD_NAME + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
