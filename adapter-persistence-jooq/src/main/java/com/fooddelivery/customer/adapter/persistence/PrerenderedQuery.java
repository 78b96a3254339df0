package com.fooddelivery.customer.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.jooq.Context;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RenderContext.CastMode;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A select that jOOQ renders to SQL once, when the repository is built (or statements written as SQL), and
 * that then runs with fresh bind values. jOOQ renders every query anew, and for the statements on the hot read paths
 * (the token check, an order with its lines, a page of orders, a payment) profiling showed the
 * rendering, the MULTISET emulation above all, costing more CPU than PostgreSQL spent answering.
 * The SQL is kept cut at its placeholders and handed back to jOOQ as raw text between the values:
 * run as a plain SQL template instead, jOOQ scanned the whole statement character by character on
 * every request, a third of {@code GET /customers/me}'s CPU (docs/performance.md, "Reads: where the
 * time went"). The statement still runs through the caller's {@link DSLContext}, so it joins the
 * thread's transaction, and the execute listeners (outage translation, statement counts) still see it.
 */
final class PrerenderedQuery {

    private static final String PLACEHOLDER = "?";

    private static final Field<Object> ANY_FIELD = DSL.field(DSL.name("any"));

    /** The SQL between the placeholders: one more piece than there are values. */
    private final String[] pieces;

    private final Field<?>[] fields;

    /**
     * Whether jOOQ rendered each placeholder with the cast it needs (a select): then a value is rendered as
     * a bare {@code ?}. Rendered by itself, without the select around it, jOOQ wrapped each value in a cast of
     * its own every time ({@code cast(cast(? as timestamp with time zone) as timestamp with time zone)}), and
     * looking up the cast's type name was a twentieth of {@code GET /customers/me}'s CPU (docs/performance.md,
     * "Authenticated reads, session 11"). SQL written by hand keeps jOOQ's casts: it may rely on them.
     */
    private final boolean castsRendered;

    /** The statements of {@link #read} rendered once per combination of classes of their values. */
    private final RenderedOnce rendered = new RenderedOnce();

    /**
     * @param dsl    renders the SQL in the dialect the statements will run in
     * @param select the statement, with a placeholder ({@code DSL.param}) wherever a value changes
     */
    PrerenderedQuery(DSLContext dsl, Select<?> select) {
        this(dsl, select, select.getSelect());
    }

    /**
     * @param dsl          renders the SQL in the dialect the statements will run in
     * @param select       the statement, with a placeholder ({@code DSL.param}) wherever a value changes
     * @param resultFields what the rows are read as, one per selected column in its order: a table's own
     *     fields where the select reads them through a derived table, so that a row finds them by identity
     *     (jOOQ compares any other field by rendering both, which made a page of orders several times slower)
     */
    PrerenderedQuery(DSLContext dsl, Select<?> select, List<? extends Field<?>> resultFields) {
        if (resultFields.size() != select.getSelect().size()) {
            throw new IllegalArgumentException("expected " + select.getSelect().size() + " result fields");
        }
        String sql = dsl.render(select);
        this.pieces = sql.split("\\" + PLACEHOLDER, -1);
        this.fields = resultFields.toArray(Field<?>[]::new);
        this.castsRendered = true;
        // A question mark that is no placeholder (in a literal, or PostgreSQL's jsonb operator) would be
        // taken for one.
        if (pieces.length - 1 != select.getBindValues().size()) {
            throw new IllegalArgumentException("a '?' that is not a placeholder in: " + sql);
        }
    }

    /**
     * Statements written as SQL, several separated by {@code ;} if need be, to run with {@link #read}.
     *
     * @param sql with {@code ?} for each value and nowhere else
     */
    PrerenderedQuery(String sql) {
        this.pieces = sql.split("\\" + PLACEHOLDER, -1);
        this.fields = new Field<?>[0];
        this.castsRendered = false;
    }

    /**
     * The statements with these values bound, sent in one round trip, their results read by {@code reader} from
     * the first statement's JDBC rows on (the next statement's through {@code getStatement().getMoreResults()}).
     * Fetched as jOOQ results instead ({@code fetchMany}), each got its fields from the driver's metadata and a
     * record of each row, a twentieth of {@code POST /orders}' CPU for its three reads (docs/performance.md,
     * "POST /orders, session 13").
     */
    <T> T read(DSLContext dsl, ResultsReader<T> reader, Object... values) {
        // jOOQ is told of one field, so that it reads no metadata for a cursor whose rows it never reads.
        try (ResultSet first = dsl.resultQuery("{0}", rendered.part(this, bound(values), values))
                .coerce(ANY_FIELD)
                .fetchResultSet()) {
            return reader.read(first);
        } catch (SQLException failure) {
            throw new DataAccessException("reading the results of several statements", failure);
        }
    }

    /** Reads the results of several statements, from the first one's rows on. */
    @FunctionalInterface
    interface ResultsReader<T> {

        T read(ResultSet first) throws SQLException;
    }

    /**
     * The statement with these values bound, in the order of its placeholders; the rows come back
     * typed by the original select's fields, converters included.
     */
    ResultQuery<Record> with(DSLContext dsl, Object... values) {
        return dsl.resultQuery("{0}", bound(values)).coerce(fields);
    }

    /**
     * The statement with these values bound, for a caller that reads the JDBC rows by column itself
     * ({@link ColumnRow}, {@code PageRows}). jOOQ is told only of the first selected field: given all of
     * them, it built a row type of every field on each execution, a tenth of {@code GET /orders/{uid}}'s
     * CPU for its 47 columns (docs/performance.md, "Authenticated reads, session 10"), though nothing
     * here reads a jOOQ record.
     */
    ResultQuery<Record> forColumns(DSLContext dsl, Object... values) {
        return dsl.resultQuery("{0}", bound(values)).coerce(new Field<?>[] {fields[0]});
    }

    private Bound bound(Object... values) {
        if (values.length != pieces.length - 1) {
            throw new IllegalArgumentException("expected " + (pieces.length - 1) + " values, got " + values.length);
        }
        for (Object value : values) {
            Objects.requireNonNull(value, "a bind value");
        }
        return new Bound(pieces, values, castsRendered ? CastMode.NEVER : CastMode.DEFAULT);
    }

    /** The rendered pieces with the values between them, emitted as they are. */
    private static final class Bound extends CustomQueryPart {

        private final String[] pieces;
        private final Object[] values;
        private final CastMode casts;

        Bound(String[] pieces, Object[] values, CastMode casts) {
            this.pieces = pieces;
            this.values = values;
            this.casts = casts;
        }

        @Override
        public void accept(Context<?> ctx) {
            ctx.castMode(casts, inner -> {
                for (int i = 0; i < values.length; i++) {
                    inner.sql(pieces[i], true).visit(DSL.val(values[i]));
                }
                inner.sql(pieces[values.length], true);
            });
        }
    }
}
