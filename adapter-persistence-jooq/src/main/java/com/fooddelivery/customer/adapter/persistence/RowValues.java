package com.fooddelivery.customer.adapter.persistence;

import org.jooq.Field;
import org.jooq.Record;

/**
 * A row's values by field, whether jOOQ made a record of the row or it is read straight from JDBC
 * ({@link ColumnRow}): one mapper from row to domain value serves both.
 */
interface RowValues {

    /** The field's value in this row, null for SQL {@code NULL}. */
    <T> T get(Field<T> field);

    /** A jOOQ record's values. */
    static RowValues of(Record record) {
        return new RowValues() {
            @Override
            public <T> T get(Field<T> field) {
                return record.get(field);
            }
        };
    }
}
