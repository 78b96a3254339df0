package com.fooddelivery.customer.domain.shared;

import java.util.function.Supplier;

/**
 * A unit of work for in-memory fakes: runs the work and counts how often it was asked to. It rolls
 * nothing back; tests that need {@link UnitOfWork}'s whole contract use {@link RollingBackUnitOfWork}.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private int transactions;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        depth.set(depth.get() + 1);
        try {
            return work.get();
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    /**
     * Whether the calling thread is inside a transaction now: a port called meanwhile is called inside it.
     *
     * @return true within {@link #inTransaction}
     */
    public boolean isOpen() {
        return depth.get() > 0;
    }

    /** How many transactions were started. */
    public int transactions() {
        return transactions;
    }
}
