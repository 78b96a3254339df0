package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Results;

/**
 * One database transaction per use case. The transaction's context is bound to the calling thread
 * so that every repository called inside the work joins it without being handed a connection.
 *
 * <p>Writes whose outcome the work does not read back ({@link #write}) are held until the transaction's
 * next statement or its commit and then sent together, as one multi-statement round trip: an order's
 * rows, its payment, its key and its event cost one round trip instead of five.
 */
public final class JooqUnitOfWork implements UnitOfWork {

    private final DSLContext root;
    // Per instance, not static: each unit of work (one per database) binds only its own transactions.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Runnable>> beforeCommit = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Write>> held = new ThreadLocal<>();

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
                held.set(new ArrayList<>());
                try {
                    T result = work.get();
                    List<Runnable> hooks = beforeCommit.get();
                    for (int i = 0; i < hooks.size(); i++) {
                        if (i > 0) {
                            // A later hook finds what the earlier ones wrote already sent; the first one's
                            // writes go with the work's, in one round trip.
                            sendHeld();
                        }
                        hooks.get(i).run();
                    }
                    sendHeld();
                    return result;
                } finally {
                    current.remove();
                    beforeCommit.remove();
                    held.remove();
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

    /**
     * A write whose outcome nothing in the work reads: inside a transaction it is held and sent with the
     * others before the transaction's next statement or its commit, so a failure still rolls the whole
     * unit back; outside one it runs at once.
     *
     * @param sql      one statement, with {@code ?} for each of {@code binds}
     * @param expected the rows it must affect or return, or -1 for any number
     * @param binds    its values
     * @throws IllegalStateException (when sent) if the statement affected another number of rows
     */
    void write(String sql, int expected, Object... binds) {
        List<Write> writes = held.get();
        if (writes == null) {
            check(
                    new Write(sql, expected, Arrays.asList(binds)),
                    root.resultQuery(sql, binds).fetchMany());
        } else {
            writes.add(new Write(sql, expected, Arrays.asList(binds)));
        }
    }

    /** The context of the thread's open transaction, or an auto-committing one outside of it. */
    DSLContext dsl() {
        DSLContext transactional = current.get();
        if (transactional == null) {
            return root;
        }
        sendHeld();
        return transactional;
    }

    /** Sends the held writes in one round trip (pgjdbc runs a statement of several as one batch). */
    private void sendHeld() {
        List<Write> writes = held.get();
        if (writes == null || writes.isEmpty()) {
            return;
        }
        List<Write> sending = List.copyOf(writes);
        writes.clear();
        if (sending.size() == 1) {
            Write only = sending.get(0);
            check(
                    only,
                    current.get()
                            .resultQuery(only.sql(), only.binds().toArray())
                            .fetchMany());
            return;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> binds = new ArrayList<>();
        for (Write write : sending) {
            sql.append(write.sql()).append(";\n");
            binds.addAll(write.binds());
        }
        Results results =
                current.get().resultQuery(sql.toString(), binds.toArray()).fetchMany();
        var outcomes = results.resultsOrRows();
        if (outcomes.size() != sending.size()) {
            throw new IllegalStateException(sending.size() + " writes sent, " + outcomes.size() + " outcomes");
        }
        for (int i = 0; i < sending.size(); i++) {
            var outcome = outcomes.get(i);
            check(sending.get(i), outcome.result() != null ? outcome.result().size() : outcome.rows());
        }
    }

    private static void check(Write write, Results results) {
        var outcome = results.resultsOrRows().get(0);
        check(write, outcome.result() != null ? outcome.result().size() : outcome.rows());
    }

    private static void check(Write write, int rows) {
        if (write.expected() >= 0 && rows != write.expected()) {
            throw new IllegalStateException("expected " + write.expected() + " rows, got " + rows + ": " + write.sql());
        }
    }

    private record Write(String sql, int expected, List<Object> binds) {}
}
