package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * One database transaction per use case. The transaction's context is bound to the calling thread
 * so that every repository called inside the work joins it without being handed a connection.
 */
public final class JooqUnitOfWork implements UnitOfWork {

    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

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
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (RuntimeException failure) {
            // Begin and commit run outside any statement, so the statement listener never sees a
            // connection lost there; such a failure is an outage all the same.
            throw ConnectionFailures.translate(failure);
        }
    }

    /** The context of the thread's open transaction, or an auto-committing one outside of it. */
    DSLContext dsl() {
        DSLContext transactional = current.get();
        return transactional != null ? transactional : root;
    }
}
