package com.fooddelivery.customer.adapter.persistence;

import java.util.List;
import org.jooq.Context;
import org.jooq.Param;
import org.jooq.RenderContext.CastMode;
import org.jooq.conf.ParamType;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * The SQL of one write ({@link JooqUnitOfWork#write}), cut at its placeholders once, and several writes with
 * their values emitted as one text. Handed to jOOQ as a plain SQL template instead, the order's four writes
 * were scanned character by character on every order: an eighth of {@code POST /orders}' CPU
 * (docs/performance.md, "POST /orders, session 10").
 */
final class WriteText {

    /** The SQL between the placeholders: one more piece than the statement takes values. */
    private final String[] pieces;

    private final boolean oneStatement;

    /** @param sql one statement with {@code ?} for each value and nowhere else (no literal holds one) */
    WriteText(String sql) {
        this.pieces = sql.split("\\?", -1);
        this.oneStatement = sql.indexOf(';') < 0;
    }

    /** Whether the text is surely one statement: it holds no {@code ;}. */
    boolean oneStatement() {
        return oneStatement;
    }

    /**
     * The statements with their values, separated by {@code ;}: pgjdbc sends them in one round trip.
     *
     * @throws IllegalArgumentException when a statement is given another number of values than it has placeholders
     */
    static CustomQueryPart of(List<WriteText> texts, List<Object[]> values) {
        for (int i = 0; i < texts.size(); i++) {
            int expected = texts.get(i).pieces.length - 1;
            if (values.get(i).length != expected) {
                throw new IllegalArgumentException("expected " + expected + " values, got " + values.get(i).length);
            }
        }
        return new Statements(texts, values);
    }

    private static final class Statements extends CustomQueryPart {

        private final List<WriteText> texts;
        private final List<Object[]> values;

        Statements(List<WriteText> texts, List<Object[]> values) {
            this.texts = texts;
            this.values = values;
        }

        @Override
        public void accept(Context<?> ctx) {
            for (int i = 0; i < texts.size(); i++) {
                if (i > 0) {
                    ctx.sql(";\n", true);
                }
                String[] pieces = texts.get(i).pieces;
                Object[] bound = values.get(i);
                for (int j = 0; j < bound.length; j++) {
                    ctx.sql(pieces[j], true);
                    value(ctx, DSL.val(bound[j]));
                }
                ctx.sql(pieces[bound.length], true);
            }
        }

        /**
         * As jOOQ's plain SQL template renders a value at a {@code ?}: typed by its class, and with no cast of
         * its own where the statement's text has placeholders (the SQL casts where it needs to).
         */
        private static void value(Context<?> ctx, Param<?> value) {
            ParamType type = ctx.paramType();
            if (type == ParamType.INDEXED || type == ParamType.FORCE_INDEXED) {
                ctx.castMode(CastMode.NEVER, never -> never.visit(value));
            } else {
                ctx.visit(value);
            }
        }
    }
}
