package com.example.embedding;

import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over in-memory maps: one at a time, so the reads and writes of one use case are
 * never interleaved with another's. Nothing is rolled back; a team with a database opens and
 * commits a real transaction here instead (and makes the repositories use its connection).
 */
public final class LockingUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
