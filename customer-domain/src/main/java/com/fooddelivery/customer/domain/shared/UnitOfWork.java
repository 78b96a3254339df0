package com.fooddelivery.customer.domain.shared;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one atomic transaction. The contract every adapter keeps (its contract
 * test in the domain's test jar checks it):
 * <ul>
 *   <li><b>Commit together.</b> Every repository call made inside {@code work} commits when it
 *       returns, all together, and its result is returned.</li>
 *   <li><b>Roll back on exception.</b> A {@link RuntimeException} (or {@link Error}) thrown by
 *       {@code work} rolls back every write made inside it and propagates unchanged; a store that
 *       could not commit throws as well, and nothing is kept.</li>
 *   <li><b>Nested calls join.</b> A call made while a transaction is open on the same thread joins
 *       it: only the outermost call commits or rolls back. There are no savepoints, so a failure of a
 *       nested call that the outer work catches does not undo what the nested work wrote.</li>
 *   <li><b>No network inside.</b> Use cases keep calls to card processors, banks and mail servers out
 *       of {@code work}, so no row stays locked while another system answers.</li>
 * </ul>
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} in one transaction, or inside the one already open on this thread, and returns
     * its result once committed.
     *
     * @param <T> what the work returns
     * @param work the work; a failure in it rolls everything back and propagates unchanged
     * @return the work's result
     */
    <T> T inTransaction(Supplier<T> work);
}
