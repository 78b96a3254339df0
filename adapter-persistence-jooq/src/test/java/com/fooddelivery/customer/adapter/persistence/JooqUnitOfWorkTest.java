package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.UnitOfWorkContract;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/** The database transaction held to the {@link UnitOfWork} contract on the embedded PostgreSQL. */
class JooqUnitOfWorkTest extends UnitOfWorkContract {

    private static final String INSERT = "insert into probe (n) values (?)";

    private PostgresPersistence persistence;
    /** The connection's transaction state as each statement ended: IDLE once a statement's batch committed. */
    private final List<TransactionState> afterEachStatement = new ArrayList<>();

    @Override
    protected UnitOfWork unitOfWork() {
        persistence = PostgresPersistence.startObserved(
                TestPostgres.freshDatabase(),
                Currency.getInstance("EUR"),
                ExecuteListener.onExecuteEnd(ctx -> afterEachStatement.add(state(ctx))));
        return persistence.unitOfWork();
    }

    @Override
    protected MenuManagement menu() {
        return persistence.menu();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void hooksOutsideAUnitOfWorkAreRefused() {
        JooqUnitOfWork work = jooqWork();

        assertThatThrownBy(() -> work.beforeCommit(() -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no unit of work is open");
        assertThatThrownBy(() -> work.afterCommit(() -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no unit of work is open");
    }

    @Test
    void aHeldWriteThatAffectsAnotherNumberOfRowsRollsTheWholeUnitBack() {
        JooqUnitOfWork work = probeTable();

        assertThatThrownBy(() -> work.inTransaction(() -> {
                    work.write(INSERT, 1, 1);
                    work.write("update probe set n = ? where n = ?", 1, 3, 2);
                    return null;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("expected 1 rows, got 0: update probe");
        assertThat(rows(work)).isZero();
    }

    @Test
    void aWriteOfTwoStatementsIsRefusedAndRolledBack() {
        // Its outcomes could not be told from the next write's: refused instead of checked against the wrong one.
        JooqUnitOfWork work = probeTable();

        assertThatThrownBy(() -> work.inTransaction(() -> {
                    work.write(INSERT + "; insert into probe (n) values (2)", 1, 1);
                    return null;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("1 writes sent, 2 outcomes");
        assertThat(rows(work)).isZero();
    }

    @Test
    void heldWritesThatTakeAnyCountCommitInTheirOwnRoundTrip() {
        JooqUnitOfWork work = probeTable();
        afterEachStatement.clear();

        work.inTransaction(() -> {
            work.write(INSERT, -1, 1);
            work.write(INSERT, -1, 2);
            return null;
        });

        assertThat(afterEachStatement)
                .as("one statement, after which no transaction is open: the COMMIT was its last part")
                .containsExactly(TransactionState.IDLE);
        assertThat(rows(work)).isEqualTo(2);
    }

    @Test
    void aHeldWriteWithACountToCheckLeavesTheCommitToItsOwnRoundTrip() {
        JooqUnitOfWork work = probeTable();
        afterEachStatement.clear();

        work.inTransaction(() -> {
            work.write(INSERT, -1, 1);
            work.write(INSERT, 1, 2);
            return null;
        });

        assertThat(afterEachStatement)
                .as("the transaction still open after the writes, for their counts to be checked first")
                .containsExactly(TransactionState.OPEN);
        assertThat(rows(work)).isEqualTo(2);
    }

    @Test
    void aCommitThatFailsInTheWritesRoundTripFailsTheUnit_andLeavesNothing() {
        // A deferred constraint is checked by the COMMIT itself, which here travels with the writes.
        JooqUnitOfWork work = jooqWork();
        work.dsl().execute("create table probe (n integer, unique (n) deferrable initially deferred)");

        assertThatThrownBy(() -> work.inTransaction(() -> {
                    work.write(INSERT, -1, 1);
                    work.write(INSERT, -1, 1);
                    return null;
                }))
                .hasMessageContaining("probe_n_key");
        assertThat(rows(work)).isZero();
        work.inTransaction(() -> {
            work.write(INSERT, -1, 1);
            return null;
        });
        assertThat(rows(work)).as("the pool's connection still works").isEqualTo(1);
    }

    private static TransactionState state(ExecuteContext ctx) {
        try {
            return ctx.connection().unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private JooqUnitOfWork jooqWork() {
        return (JooqUnitOfWork) persistence.unitOfWork();
    }

    private JooqUnitOfWork probeTable() {
        JooqUnitOfWork work = jooqWork();
        work.dsl().execute("create table probe (n integer primary key)");
        return work;
    }

    private static int rows(JooqUnitOfWork work) {
        return work.dsl().fetchCount(DSL.table(DSL.name("probe")));
    }
}
