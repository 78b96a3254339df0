package com.fooddelivery.customer.domain.shared;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one atomic transaction: every repository call made inside
 * {@code work} commits together or not at all. An exception thrown by {@code work} rolls back and
 * propagates unchanged.
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction and returns its result once committed.
     *
     * @param <T> what the work returns
     * @param work the work; a failure in it rolls everything back
     * @return the work's result
     */
    <T> T inTransaction(Supplier<T> work);
}
