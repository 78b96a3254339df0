package com.fooddelivery.customer.adapter.persistence;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jooq.Context;
import org.jooq.DataType;
import org.jooq.QueryPart;
import org.jooq.RenderContext;
import org.jooq.conf.ParamType;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Statements with values whose SQL jOOQ renders once per shape (the statements and the classes of their values),
 * and that then run as that text, every value bound at its placeholder by jOOQ's own binding for its class
 * ({@link BindEveryValue}). Rendered anew on every execution, each value became a parameter whose data type was
 * looked up (for an array, built) and whose placeholder and cast were rendered again: a fifth of a warm
 * {@code POST /orders}' CPU, for two statements whose text never changes (docs/performance.md, "POST /orders,
 * session 12"). Only the execution's own rendering takes this path; anything else (inlined SQL for a log, the
 * bind values a caller asks for) visits the statements as jOOQ always did.
 */
final class RenderedOnce {

    /** More shapes than the service's statements make: past it, a new shape is rendered as before, every time. */
    static final int MOST_SHAPES = 1_000;

    /** jOOQ's default {@code inlineThreshold} for PostgreSQL. */
    static final int MOST_BIND_VALUES = 32_767;

    /** The rendered SQL of each shape, cut at its first placeholder; empty when it cannot be cut so. */
    private final ConcurrentMap<Shape, Optional<Cut>> rendered = new ConcurrentHashMap<>();

    private static final DataType<Object[]> EVERY_VALUE = SQLDataType.OTHER.asConvertedDataType(new BindEveryValue());

    /**
     * @param texts     what identifies the statements' text: equal for the same text (a constant, or a list of them)
     * @param statement the statements with their values, as jOOQ renders and binds them value by value
     * @param values    those values, in the order of the statements' placeholders
     */
    QueryPart part(Object texts, QueryPart statement, Object[] values) {
        return new Statement(this, new Shape(texts, classes(values)), statement, values);
    }

    private static Class<?>[] classes(Object[] values) {
        Class<?>[] classes = new Class<?>[values.length];
        for (int i = 0; i < values.length; i++) {
            classes[i] = values[i] == null ? Object.class : values[i].getClass();
        }
        return classes;
    }

    private Optional<Cut> cut(Context<?> ctx, Shape shape, QueryPart statement, int values) {
        Optional<Cut> known = rendered.get(shape);
        if (known == null) {
            known = Cut.of(ctx.dsl().render(statement), values);
            if (rendered.size() < MOST_SHAPES) {
                rendered.putIfAbsent(shape, known);
            }
        }
        return known;
    }

    /** The statements' text and the classes of their values. */
    @SuppressWarnings("ArrayRecordComponent") // compared by content below; never handed out
    private record Shape(Object texts, Class<?>[] classes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Shape shape && shape.texts.equals(texts) && Arrays.equals(shape.classes, classes);
        }

        @Override
        public int hashCode() {
            return texts.hashCode() * 31 + Arrays.hashCode(classes);
        }

        @Override
        public String toString() {
            return "Shape" + Arrays.toString(classes);
        }
    }

    /** Rendered SQL before and after its first placeholder. */
    private record Cut(String head, String tail) {

        /** Empty unless the SQL has exactly one placeholder per value: then the values could not be bound in order. */
        static Optional<Cut> of(String sql, int values) {
            int placeholders = 0;
            for (int i = 0; i < sql.length(); i++) {
                if (sql.charAt(i) == '?') {
                    placeholders++;
                }
            }
            // Past its bind value limit for the dialect jOOQ inlines the values, which it decides by counting them:
            // it must see them one by one then, not behind one parameter.
            if (values == 0 || values > MOST_BIND_VALUES || placeholders != values) {
                return Optional.empty();
            }
            int first = sql.indexOf('?');
            return Optional.of(new Cut(sql.substring(0, first), sql.substring(first + 1)));
        }
    }

    private static final class Statement extends CustomQueryPart {

        private final RenderedOnce renderings;
        private final Shape shape;
        private final QueryPart statement;
        private final Object[] values;

        Statement(RenderedOnce renderings, Shape shape, QueryPart statement, Object[] values) {
            this.renderings = renderings;
            this.shape = shape;
            this.statement = Objects.requireNonNull(statement, "statement");
            this.values = values;
        }

        @Override
        public void accept(Context<?> ctx) {
            if (!(ctx instanceof RenderContext) || ctx.paramType() != ParamType.INDEXED) {
                ctx.visit(statement);
                return;
            }
            Optional<Cut> cut = renderings.cut(ctx, shape, statement, values.length);
            if (cut.isEmpty()) {
                ctx.visit(statement);
                return;
            }
            // One parameter at the first placeholder binds them all; the rest of the text keeps its placeholders.
            ctx.sql(cut.get().head(), true)
                    .visit(DSL.val(values, EVERY_VALUE))
                    .sql(cut.get().tail(), true);
        }
    }
}
