package com.fooddelivery.customer.adapter.persistence;

import java.io.Closeable;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Configuration;
import org.jooq.Converter;
import org.jooq.ConverterContext;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The binding of {@link RenderedOnce}'s one parameter: it stands at the statement's first placeholder and sets
 * the value of every placeholder, from its own on, each through the binding jOOQ gives a value of its class
 * (what {@code DSL.val(value)} binds), so the statement receives what it received value by value.
 */
final class BindEveryValue implements Binding<Object, Object[]> {

    private static final long serialVersionUID = 1L;

    /** jOOQ's data type of each class of value, whose lookup (for arrays, construction) is not cheap. */
    private static final ConcurrentMap<Class<?>, org.jooq.DataType<?>> TYPES = new ConcurrentHashMap<>();

    private static final org.jooq.DataType<?> NULL_TYPE = DSL.val((Object) null).getDataType();

    @Override
    public Converter<Object, Object[]> converter() {
        return Converter.ofNullable(Object.class, Object[].class, value -> (Object[]) value, values -> values);
    }

    @Override
    public void sql(BindingSQLContext<Object[]> ctx) {
        ctx.render().sql(ctx.variable());
    }

    @Override
    public void set(BindingSetStatementContext<Object[]> ctx) throws SQLException {
        Object[] values = ctx.value();
        for (int i = 0; i < values.length; i++) {
            bind(ctx, ctx.index() + i, values[i]);
        }
    }

    @SuppressWarnings("unchecked") // the binding of the value's own class takes it
    private static void bind(BindingSetStatementContext<?> ctx, int index, Object value) throws SQLException {
        org.jooq.DataType<?> type = value == null ? NULL_TYPE : TYPES.get(value.getClass());
        if (type == null) {
            type = TYPES.computeIfAbsent(
                    value.getClass(), unknown -> DSL.val(value).getDataType());
        }
        ((Binding<?, Object>) type.getBinding()).set(new ValueAt(ctx, index, value));
    }

    @Override
    public void register(BindingRegisterContext<Object[]> ctx) {
        throw new UnsupportedOperationException("a parameter of statements, never an out parameter");
    }

    @Override
    public void set(BindingSetSQLOutputContext<Object[]> ctx) {
        throw new UnsupportedOperationException("a parameter of statements, never part of a UDT");
    }

    @Override
    public void get(BindingGetResultSetContext<Object[]> ctx) {
        throw new UnsupportedOperationException("a parameter of statements, never read");
    }

    @Override
    public void get(BindingGetStatementContext<Object[]> ctx) {
        throw new UnsupportedOperationException("a parameter of statements, never read");
    }

    @Override
    public void get(BindingGetSQLInputContext<Object[]> ctx) {
        throw new UnsupportedOperationException("a parameter of statements, never read");
    }

    /** The parameter's context, moved to another placeholder and value. */
    private static final class ValueAt implements BindingSetStatementContext<Object> {

        private final BindingSetStatementContext<?> at;
        private final int index;
        private final Object value;

        ValueAt(BindingSetStatementContext<?> at, int index, Object value) {
            this.at = at;
            this.index = index;
            this.value = value;
        }

        @Override
        public PreparedStatement statement() {
            return at.statement();
        }

        @Override
        public int index() {
            return index;
        }

        @Override
        public Object value() {
            return value;
        }

        @Override
        @SuppressWarnings("unchecked") // as jOOQ's own context converts its value
        public <T> BindingSetStatementContext<T> convert(Converter<? extends T, ? super Object> converter) {
            return (BindingSetStatementContext<T>) new ValueAt(at, index, converter.to(value));
        }

        @Override
        public ConverterContext converterContext() {
            return at.converterContext();
        }

        @Override
        public ExecuteContext executeContext() {
            return at.executeContext();
        }

        @Override
        public Array autoFree(Array array) {
            return at.autoFree(array);
        }

        @Override
        public Blob autoFree(Blob blob) {
            return at.autoFree(blob);
        }

        @Override
        public Clob autoFree(Clob clob) {
            return at.autoFree(clob);
        }

        @Override
        public SQLXML autoFree(SQLXML xml) {
            return at.autoFree(xml);
        }

        @Override
        public <R extends Closeable> R autoClose(R closeable) {
            return at.autoClose(closeable);
        }

        @Override
        public <R extends AutoCloseable> R autoClose(R closeable) {
            return at.autoClose(closeable);
        }

        @Override
        public Instant creationTime() {
            return at.creationTime();
        }

        @Override
        public Configuration configuration() {
            return at.configuration();
        }

        @Override
        public DSLContext dsl() {
            return at.dsl();
        }

        @Override
        public Settings settings() {
            return at.settings();
        }

        @Override
        public SQLDialect dialect() {
            return at.dialect();
        }

        @Override
        public SQLDialect family() {
            return at.family();
        }

        @Override
        public Map<Object, Object> data() {
            return at.data();
        }

        @Override
        public Object data(Object key) {
            return at.data(key);
        }

        @Override
        public Object data(Object key, Object value) {
            return at.data(key, value);
        }
    }
}
