package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A statement rendered once gives what jOOQ gives rendering it each time, converters included. */
class PrerenderedQueryTest {

    private static final Field<Integer> N = field("n", Integer.class);
    private static final Field<List<Integer>> BELOW = multiset(
                    select(field("m", Integer.class)).from("generate_series(1, n - 1) as s(m)"))
            .as("below")
            .convertFrom(result -> result.map(row -> row.value1()));

    private static PostgresPersistence persistence;
    private static DSLContext dsl;

    @BeforeAll
    static void database() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), Currency.getInstance("EUR"));
        dsl = ((JooqUnitOfWork) persistence.unitOfWork()).dsl();
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void rowsComeBackTypedAndConvertedAsFromTheOriginalQuery() {
        var original = dsl.select(N, BELOW)
                .from(table("generate_series(1, 5) as g(n)"))
                .where(N.ge(param("from", Integer.class)))
                .and(N.le(param("to", Integer.class)))
                .orderBy(N);
        PrerenderedQuery prerendered = new PrerenderedQuery(dsl, original);

        List<Record> rows = prerendered.with(dsl, 3, 4).fetch();

        assertThat(rows).extracting(row -> row.get(N)).containsExactly(3, 4);
        assertThat(rows).extracting(row -> row.get(BELOW)).containsExactly(List.of(1, 2), List.of(1, 2, 3));
        assertThat(prerendered.with(dsl, 5, 5).fetch())
                .extracting(row -> row.get(BELOW))
                .containsExactly(List.of(1, 2, 3, 4));
    }

    @Test
    void refusesAWrongNumberOfValuesAndNulls() {
        PrerenderedQuery prerendered = new PrerenderedQuery(
                dsl, dsl.select(N).from(table("generate_series(1, 5) as g(n)")).where(N.eq(param("n", Integer.class))));

        assertThatThrownBy(() -> prerendered.with(dsl)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> prerendered.with(dsl, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> prerendered.with(dsl, (Object) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesAQuestionMarkThatIsNoPlaceholder() {
        DSLContext offline = DSL.using(SQLDialect.POSTGRES);

        assertThatThrownBy(() -> new PrerenderedQuery(
                        offline, offline.select(field("'?'", String.class)).where(N.eq(param("n", Integer.class)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsTheSqlAsItWasRenderedBracesAndAllWithoutReadingItAsATemplate() {
        PrerenderedQuery prerendered = new PrerenderedQuery(
                dsl,
                dsl.select(
                                field("'{0} {1}'", String.class).as("braces"),
                                field("'it''s'", String.class).as("quote"))
                        .where(DSL.inline(1).eq(param("one", Integer.class))));

        assertThat(prerendered.with(dsl, 1).fetchOne().intoArray()).containsExactly("{0} {1}", "it's");
        assertThat(prerendered.with(dsl, 2).fetch()).isEmpty();
    }

    @Test
    void sendsEachValueAsTheSelectRenderedItsPlaceholderWithoutCastingItAgain() {
        var original = dsl.select(field("now()", OffsetDateTime.class).as("at"))
                .where(field("now()", OffsetDateTime.class).gt(param("since", OffsetDateTime.class)))
                .and(field("gen_random_uuid()", UUID.class).ne(param("uid", UUID.class)));
        PrerenderedQuery prerendered = new PrerenderedQuery(dsl, original);
        AtomicReference<String> sent = new AtomicReference<>();

        List<Record> rows = prerendered
                .with(observed(sent), OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), new UUID(0, 1))
                .fetch();

        assertThat(rows).hasSize(1);
        assertThat(sent.get()).isEqualTo(dsl.render(original)).doesNotContain("cast(cast(");
    }

    @Test
    void sqlWrittenByHandKeepsTheCastsItsValuesNeed() {
        PrerenderedQuery written = new PrerenderedQuery("select 1 as one where ? < now()");
        AtomicReference<String> sent = new AtomicReference<>();

        List<Integer> ones = written.read(
                observed(sent),
                PrerenderedQueryTest::firstColumn,
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));

        assertThat(ones).containsExactly(1);
        assertThat(sent.get()).contains("cast(?");
    }

    /** The first column of each row of the first result, read from the JDBC rows as production's readers do. */
    private static List<Integer> firstColumn(ResultSet first) throws SQLException {
        List<Integer> values = new ArrayList<>();
        while (first.next()) {
            values.add(first.getInt(1));
        }
        return values;
    }

    /** The statements' DSL, noting the SQL of each statement it sends. */
    private static DSLContext observed(AtomicReference<String> sent) {
        return dsl.configuration()
                .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        sent.set(ctx.sql());
                    }
                }))
                .dsl();
    }
}
