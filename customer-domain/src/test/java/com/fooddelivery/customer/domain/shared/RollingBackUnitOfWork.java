package com.fooddelivery.customer.domain.shared;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A unit of work over in-memory stores that keeps {@link UnitOfWork}'s whole contract: one
 * transaction at a time, a failure puts every given store back as it was, and a nested call joins the
 * open transaction. For use-case tests that must see a rollback, and for teams embedding the core in
 * memory.
 */
public final class RollingBackUnitOfWork implements UnitOfWork {

    private final List<Snapshotting> stores;
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Boolean> open = ThreadLocal.withInitial(() -> false);

    /**
     * @param stores the stores a failed transaction puts back
     */
    public RollingBackUnitOfWork(Snapshotting... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (open.get()) {
            return work.get();
        }
        lock.lock();
        open.set(true);
        List<Runnable> rollback = stores.stream().map(Snapshotting::snapshot).toList();
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            rollback.forEach(Runnable::run);
            throw failure;
        } finally {
            open.set(false);
            lock.unlock();
        }
    }
}
