package com.fooddelivery.customer.domain.shared;

import java.util.function.Supplier;

/** A unit of work for in-memory fakes: runs the work and counts how often it was asked to. */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    /** How many transactions were started. */
    public int transactions() {
        return transactions;
    }
}
