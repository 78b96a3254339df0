package com.fooddelivery.customer.domain.shared;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one transaction: all writes commit together or an exception rolls them all
 * back; a nested call joins the outer one (no savepoints). Keep network calls out of it, so no lock is
 * held while another system answers. The domain's test jar has the contract test.
 */
public interface UnitOfWork {

    /** Runs {@code work} in a transaction, or in the one open on this thread. */
    <T> T inTransaction(Supplier<T> work);
}
