package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Results;

/**
 * One database transaction per use case. The transaction's context is bound to the calling thread
 * so that every repository called inside the work joins it without being handed a connection.
 *
 * <p>Writes whose outcome the work does not read back ({@link #write}) are held until the transaction's
 * next statement or its commit and then sent together, as one multi-statement round trip: an order's
 * rows, its payment, its key and its event cost one round trip instead of five. When no write held at the
 * commit has a row count to check, the {@code COMMIT} travels in that round trip too (pgjdbc then finds no
 * transaction open and sends none of its own): a checked count is read only once the batch has returned, too late
 * to roll back a committed unit.
 */
public final class JooqUnitOfWork implements UnitOfWork {

    /** Ends the transaction as the last statement of the held writes' batch. */
    private static final WriteText COMMIT = new WriteText("commit");

    private final DSLContext root;
    /** Each write's SQL cut at its placeholders, once per text: the texts are the repositories' constants. */
    private final Map<String, WriteText> texts = new ConcurrentHashMap<>();
    /** The held writes' SQL, rendered once for each combination of texts and classes of values. */
    private final RenderedOnce rendered = new RenderedOnce();
    // Per instance, not static: each unit of work (one per database) binds only its own transactions.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Runnable>> beforeCommit = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Write>> held = new ThreadLocal<>();

    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    JooqUnitOfWork(DSLContext root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            // A use case composed of others stays one unit: the outer transaction decides.
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        T outcome;
        try {
            outcome = root.transactionResult(configuration -> {
                current.set(configuration.dsl());
                beforeCommit.set(new ArrayList<>());
                held.set(new ArrayList<>());
                afterCommit.set(committed);
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
                    sendHeld(true);
                    return result;
                } finally {
                    current.remove();
                    beforeCommit.remove();
                    held.remove();
                    afterCommit.remove();
                }
            });
        } catch (RuntimeException failure) {
            // Begin and commit run outside any statement, so the statement listener never sees a
            // connection lost there; such a failure is an outage all the same.
            throw ConnectionFailures.translate(failure);
        }
        for (Runnable hook : committed) {
            hook.run();
        }
        return outcome;
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
     * Runs {@code then} once the thread's open transaction has committed, on the same thread, and not at all if it
     * rolls back. It must not fail: the work has succeeded by then.
     *
     * @throws IllegalStateException when no transaction is open
     */
    void afterCommit(Runnable then) {
        List<Runnable> hooks = afterCommit.get();
        if (hooks == null) {
            throw new IllegalStateException("no unit of work is open");
        }
        hooks.add(then);
    }

    /**
     * A write whose outcome nothing in the work reads: inside a transaction it is held and sent with the
     * others before the transaction's next statement or its commit, so a failure still rolls the whole
     * unit back; outside one it runs at once.
     *
     * @param sql      one statement, with {@code ?} for each of {@code binds} and nowhere else; a constant of
     *                 the caller's, since each text is cut at its placeholders once and kept
     * @param expected the rows it must affect or return, or -1 for any number (a unit whose held writes all take
     *                 any number commits in their round trip: give a count only where the statement's form does not
     *                 fix it)
     * @param binds    its values
     * @throws IllegalStateException (when sent) if the statement affected another number of rows
     */
    void write(String sql, int expected, Object... binds) {
        WriteText text = texts.get(sql);
        if (text == null) {
            text = texts.computeIfAbsent(sql, WriteText::new);
        }
        Write write = new Write(sql, text, expected, binds);
        List<Write> writes = held.get();
        if (writes == null) {
            send(root, rendered, List.of(write), false);
        } else {
            writes.add(write);
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
        sendHeld(false);
    }

    /**
     * Sends the held writes; at the end of the work ({@code last}) with the {@code COMMIT} if none has a row count
     * to check, and the commit jOOQ then asks pgjdbc for finds no transaction open and costs no round trip.
     */
    private void sendHeld(boolean last) {
        // Never null here: the transaction binds its held writes together with its context.
        List<Write> writes = held.get();
        if (writes.isEmpty()) {
            return;
        }
        boolean commit = last;
        for (Write write : writes) {
            // A text with a ';' may be two statements, whose outcomes are told apart only once the batch returns.
            commit &= write.expected() < 0 && write.text().oneStatement();
        }
        List<Write> sending = List.copyOf(writes);
        writes.clear();
        send(current.get(), rendered, sending, commit);
    }

    private static void send(DSLContext dsl, RenderedOnce rendered, List<Write> sending, boolean commit) {
        List<WriteText> texts = new ArrayList<>(sending.size() + 1);
        List<Object[]> values = new ArrayList<>(sending.size() + 1);
        int count = 0;
        for (Write write : sending) {
            texts.add(write.text());
            values.add(write.binds());
            count += write.binds().length;
        }
        if (commit) {
            texts.add(COMMIT);
            values.add(new Object[0]);
        }
        Object[] every = new Object[count];
        int at = 0;
        for (Object[] binds : values) {
            System.arraycopy(binds, 0, every, at, binds.length);
            at += binds.length;
        }
        Results results = dsl.resultQuery("{0}", rendered.part(texts, WriteText.of(texts, values), every))
                .fetchMany();
        var outcomes = results.resultsOrRows();
        if (outcomes.size() != texts.size()) {
            throw new IllegalStateException(sending.size() + " writes sent, " + outcomes.size() + " outcomes");
        }
        for (int i = 0; i < sending.size(); i++) {
            var outcome = outcomes.get(i);
            check(sending.get(i), outcome.result() != null ? outcome.result().size() : outcome.rows());
        }
    }

    private static void check(Write write, int rows) {
        if (write.expected() >= 0 && rows != write.expected()) {
            throw new IllegalStateException("expected " + write.expected() + " rows, got " + rows + ": " + write.sql());
        }
    }

    @SuppressWarnings("ArrayRecordComponent") // the caller's varargs, read only to bind them
    private record Write(String sql, WriteText text, int expected, Object[] binds) {}
}
