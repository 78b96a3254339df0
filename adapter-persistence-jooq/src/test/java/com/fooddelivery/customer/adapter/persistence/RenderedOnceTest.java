package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.Results;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements rendered once per shape send PostgreSQL the SQL and the values that rendering them value by value
 * sent, with one jOOQ parameter where there were one per value.
 */
class RenderedOnceTest {

    // A value of every class the service's hot statements bind, each cast as those statements cast it.
    private static final String EVERY_CLASS = "select ?::varchar, ?::integer, ?::uuid, ?::timestamptz, ?::numeric,"
            + " ?::integer[], ?::varchar[], ?::numeric[], ?::boolean, ?::bigint, ?::varchar;\nselect ?::integer + 1";

    private static final List<WriteText> TEXT = List.of(new WriteText(EVERY_CLASS));
    private static final List<String> SENT = new ArrayList<>();
    private static final List<Query> QUERIES = new ArrayList<>();
    private static PostgresPersistence persistence;
    private static DSLContext dsl;

    @BeforeAll
    static void database() {
        persistence = PostgresPersistence.startObserved(
                TestPostgres.freshDatabase(), Currency.getInstance("EUR"), ExecuteListener.onBindStart(ctx -> {
                    synchronized (SENT) {
                        SENT.add(ctx.sql());
                        QUERIES.add(ctx.query());
                    }
                }));
        dsl = ((JooqUnitOfWork) persistence.unitOfWork()).dsl();
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    private static Object[] values(String last) {
        return new Object[] {
            "text",
            42,
            UUID.fromString("9f33c630-609a-4f68-b43d-c8ee8e1a67ee"),
            OffsetDateTime.of(2026, 12, 6, 20, 41, 54, 670_324_000, ZoneOffset.UTC),
            new BigDecimal("38.00"),
            new Integer[] {5, 3, 4},
            new String[] {"Dish 1.1", "it's \"quoted\", {braced}"},
            new BigDecimal[] {new BigDecimal("6.50"), new BigDecimal("7.50")},
            true,
            7L,
            last,
            9
        };
    }

    @Test
    void theStatementsGetTheSqlAndValuesTheyGotValueByValue_throughOneParameter() {
        RenderedOnce rendered = new RenderedOnce();
        SENT.clear();

        Results valueByValue = valueByValue(values("last"));
        Results once = dsl.resultQuery("{0}", rendered.part(TEXT, valueByValue(TEXT, values("last")), values("last")))
                .fetchMany();
        Results again = dsl.resultQuery(
                        "{0}", rendered.part(TEXT, valueByValue(TEXT, values("again")), values("again")))
                .fetchMany();

        assertThat(rows(once)).isEqualTo(rows(valueByValue));
        assertThat(rows(again).get(0).get(10)).isEqualTo("again");
        assertThat(SENT).hasSize(3).allMatch(sql -> sql.equals(SENT.get(0)));
        assertThat(dsl.renderContext()
                        .visit(rendered.part(TEXT, valueByValue(TEXT, values("x")), values("x")))
                        .peekIndex())
                .as("one parameter where value by value there were twelve")
                .isEqualTo(2);
    }

    @Test
    void aNullGetsTheSqlAndBindingItGotValueByValue() {
        RenderedOnce rendered = new RenderedOnce();
        rendered.part(TEXT, valueByValue(TEXT, values("not null")), values("not null"));
        SENT.clear();

        Results valueByValue = valueByValue(values(null));
        Results once = dsl.resultQuery("{0}", rendered.part(TEXT, valueByValue(TEXT, values(null)), values(null)))
                .fetchMany();

        assertThat(rows(once)).isEqualTo(rows(valueByValue));
        assertThat(rows(once).get(0).get(10)).isNull();
        assertThat(SENT.get(0)).isEqualTo(SENT.get(1));
    }

    @Test
    void theReadsOfAnOrderGetWhatTheStatementsGiveValueByValue() throws SQLException {
        PrerenderedQuery query = new PrerenderedQuery(EVERY_CLASS);
        SENT.clear();
        QUERIES.clear();

        List<List<Object>> valueByValue;
        try (ResultSet first = dsl.resultQuery(EVERY_CLASS, values("last")).fetchResultSet()) {
            valueByValue = jdbcRows(first);
        }
        List<List<Object>> once = query.read(dsl, RenderedOnceTest::jdbcRows, values("last"));
        List<List<Object>> again = query.read(dsl, RenderedOnceTest::jdbcRows, values("again"));

        assertThat(once).isEqualTo(valueByValue);
        assertThat(once).as("both statements' rows").hasSize(2);
        assertThat(once.get(0).get(5)).isEqualTo(List.of(5, 3, 4));
        assertThat(once.get(1)).containsExactly(10);
        assertThat(again.get(0).get(10)).isEqualTo("again");
        assertThat(SENT)
                .as("the two reads send the same text")
                .hasSize(3)
                .element(2)
                .isEqualTo(SENT.get(1));
        assertThat(dsl.renderContext().visit(QUERIES.get(2)).peekIndex())
                .as("one parameter where value by value there were twelve")
                .isEqualTo(2);
    }

    /**
     * Every row of every result, from the first on, as the driver gives them (an array as the list of its elements).
     * Read from the driver's own result set: jOOQ's closes the statement once its rows run out, before the next result.
     */
    private static List<List<Object>> jdbcRows(ResultSet first) throws SQLException {
        ResultSet result = first.unwrap(ResultSet.class);
        Statement statement = result.getStatement();
        List<List<Object>> rows = new ArrayList<>();
        do {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Array array ? List.of((Object[]) array.getArray()) : value);
                }
                rows.add(row);
            }
            result = statement.getMoreResults() ? statement.getResultSet() : null;
        } while (result != null);
        return rows;
    }

    @Test
    void moreValuesThanPostgresqlTakesAreStillInlinedAsJooqInlinesThemValueByValue() {
        // pgjdbc refuses a statement with more than 65,535 parameters; jOOQ inlines past 32,767.
        int count = 65_536;
        WriteText text = new WriteText(
                "select cardinality(array[" + String.join(", ", Collections.nCopies(count, "?::integer")) + "])");
        Object[] ones = Collections.nCopies(count, 1).toArray();
        RenderedOnce rendered = new RenderedOnce();

        for (int run = 0; run < 2; run++) {
            assertThat(dsl.resultQuery(
                                    "{0}",
                                    rendered.part(
                                            List.of(text), WriteText.of(List.of(text), List.<Object[]>of(ones)), ones))
                            .fetchMany()
                            .get(0)
                            .getValue(0, 0))
                    .isEqualTo(count);
        }
    }

    private static Results valueByValue(Object[] values) {
        return dsl.resultQuery("{0}", valueByValue(TEXT, values)).fetchMany();
    }

    private static QueryPart valueByValue(List<WriteText> text, Object[] values) {
        return WriteText.of(text, List.<Object[]>of(values));
    }

    @Test
    void logsAndBindValuesShowEveryValueAsBefore() {
        RenderedOnce rendered = new RenderedOnce();
        Object[] values = {UUID.randomUUID(), 1, "key-1"};
        WriteText text = new WriteText("update k set uid = ?::uuid where customer_id = ?::integer and key = ?");
        Query valueByValue = dsl.resultQuery("{0}", WriteText.of(List.of(text), List.<Object[]>of(values)));
        Query once = dsl.resultQuery(
                "{0}", rendered.part(List.of(text), WriteText.of(List.of(text), List.<Object[]>of(values)), values));

        assertThat(once.getSQL()).isEqualTo(valueByValue.getSQL());
        assertThat(dsl.renderInlined(once))
                .isEqualTo(dsl.renderInlined(valueByValue))
                .contains("'key-1'");
        assertThat(once.getBindValues()).containsExactlyElementsOf(valueByValue.getBindValues());
    }

    private static List<List<Object>> rows(Results results) {
        List<List<Object>> rows = new ArrayList<>();
        for (var result : results) {
            for (Record row : result) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    values.add(value instanceof Object[] array ? List.of(array) : value);
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
