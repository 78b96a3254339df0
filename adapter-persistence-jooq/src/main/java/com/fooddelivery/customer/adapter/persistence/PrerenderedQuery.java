package com.fooddelivery.customer.adapter.persistence;

import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;

/**
 * A select that jOOQ renders to SQL once, when the repository is built, and that then runs with
 * fresh bind values. jOOQ renders every query anew, and for the statements on the hot read paths
 * (the token check, an order with its lines, a page of orders, a payment) profiling showed the
 * rendering, the MULTISET emulation above all, costing more CPU than PostgreSQL spent answering.
 * The statement still runs through the caller's {@link DSLContext}, so it joins the thread's
 * transaction, and the execute listeners (outage translation, statement counts) still see it.
 */
final class PrerenderedQuery {

    private final String sql;
    private final Field<?>[] fields;
    private final int bindCount;

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
        this.sql = dsl.render(select);
        this.fields = resultFields.toArray(Field<?>[]::new);
        this.bindCount = select.getBindValues().size();
        // jOOQ's plain-SQL templates treat braces as placeholders of their own.
        if (sql.indexOf('{') >= 0) {
            throw new IllegalArgumentException("cannot run as a template: " + sql);
        }
    }

    /**
     * The statement with these values bound, in the order of its placeholders; the rows come back
     * typed by the original select's fields, converters included.
     */
    ResultQuery<Record> with(DSLContext dsl, Object... values) {
        if (values.length != bindCount) {
            throw new IllegalArgumentException("expected " + bindCount + " values, got " + values.length);
        }
        for (Object value : values) {
            Objects.requireNonNull(value, "a bind value");
        }
        return dsl.resultQuery(sql, values).coerce(fields);
    }
}
