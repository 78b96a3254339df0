package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * One database transaction per use case. The transaction's context is bound to the calling thread
 * so that every repository called inside the work joins it without being handed a connection.
 */
public final class JooqUnitOfWork implements UnitOfWork {

    private final DSLContext root;
    // Per instance, not static: each unit of work (one per database) binds only its own transactions.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Runnable>> beforeCommit = new ThreadLocal<>();

    JooqUnitOfWork(DSLContext root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            // A use case composed of others stays one unit: the outer transaction decides.
            return work.get();
        }
        try {
            return root.transactionResult(configuration -> {
                current.set(configuration.dsl());
                beforeCommit.set(new ArrayList<>());
                try {
                    T result = work.get();
                    for (Runnable last : beforeCommit.get()) {
                        last.run();
                    }
                    return result;
                } finally {
                    current.remove();
                    beforeCommit.remove();
                }
            });
        } catch (RuntimeException failure) {
            // Begin and commit run outside any statement, so the statement listener never sees a
            // connection lost there; such a failure is an outage all the same.
            throw ConnectionFailures.translate(failure);
        }
    }

    /**
     * Runs {@code last} at the end of the thread's open transaction, just before it commits, and not at all
     * if it rolls back. What it locks stays locked only for the commit itself.
     *
     * @throws IllegalStateException when no transaction is open
     */
    void beforeCommit(Runnable last) {
        List<Runnable> hooks = beforeCommit.get();
        if (hooks == null) {
            throw new IllegalStateException("no unit of work is open");
        }
        hooks.add(last);
    }

    /** The context of the thread's open transaction, or an auto-committing one outside of it. */
    DSLContext dsl() {
        DSLContext transactional = current.get();
        return transactional != null ? transactional : root;
    }
}
