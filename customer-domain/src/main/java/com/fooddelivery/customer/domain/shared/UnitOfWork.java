package com.fooddelivery.customer.domain.shared;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one transaction, a nested call joining the outer one (no savepoints). Keep
 * network calls out of it, so no lock is held while another system answers.
 */
public interface UnitOfWork {

    /** Runs {@code work} in a transaction, or in the one open on this thread. */
    <T> T inTransaction(Supplier<T> work);
}
