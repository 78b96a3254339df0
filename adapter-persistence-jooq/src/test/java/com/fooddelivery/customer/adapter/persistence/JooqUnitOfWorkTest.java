package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.UnitOfWorkContract;
import java.util.Currency;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The database transaction held to the {@link UnitOfWork} contract on the embedded PostgreSQL. */
class JooqUnitOfWorkTest extends UnitOfWorkContract {

    private static final String INSERT = "insert into probe (n) values (?)";

    private PostgresPersistence persistence;

    @Override
    protected UnitOfWork unitOfWork() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), Currency.getInstance("EUR"));
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
