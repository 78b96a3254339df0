package com.fooddelivery.customer.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;

/**
 * The current row of a JDBC result, its values found by the fields a statement selected, in their order.
 * Making a jOOQ record of a wide row (the order with its payment, 47 columns) converted every value through
 * its binding and found each field again among all of them; here a field's column is looked up by identity
 * and the driver converts the value to the field's Java type. Only fields of plain types (no converter) are
 * read this way.
 */
final class ColumnRow implements RowValues {

    private final Map<Field<?>, Integer> columns;
    private final ResultSet rows;

    private ColumnRow(Map<Field<?>, Integer> columns, ResultSet rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * A reader of rows whose columns are these fields, in this order. A field listed twice is found at
     * its first column.
     */
    static Layout layout(List<? extends Field<?>> fields) {
        Map<Field<?>, Integer> columns = new IdentityHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            columns.putIfAbsent(fields.get(i), i + 1);
        }
        return new Layout(columns);
    }

    /** The columns of one statement's rows. */
    static final class Layout {

        private final Map<Field<?>, Integer> columns;

        private Layout(Map<Field<?>, Integer> columns) {
            this.columns = columns;
        }

        /** The result's current row (the caller moves the cursor). */
        ColumnRow current(ResultSet rows) {
            return new ColumnRow(columns, rows);
        }
    }

    @Override
    public <T> T get(Field<T> field) {
        try {
            return rows.getObject(column(field), field.getType());
        } catch (SQLException failure) {
            throw new DataAccessException("reading " + field.getName(), failure);
        }
    }

    /** The field's value as the text the driver received (a JSON column, for one). */
    String text(Field<?> field) {
        try {
            return rows.getString(column(field));
        } catch (SQLException failure) {
            throw new DataAccessException("reading " + field.getName(), failure);
        }
    }

    private int column(Field<?> field) {
        Integer column = columns.get(field);
        if (column == null) {
            throw new IllegalArgumentException("the statement does not select " + field);
        }
        return column;
    }
}
