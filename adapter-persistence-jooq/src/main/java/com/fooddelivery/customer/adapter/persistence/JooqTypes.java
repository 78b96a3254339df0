package com.fooddelivery.customer.adapter.persistence;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Initialises jOOQ's data type classes on one thread. jOOQ 3.19's {@code SQLDataType} and {@code DefaultDataType}
 * initialise each other: two threads that first touch them from the two sides at once (say {@code DSL.using} on
 * one, {@code DSL.field(name, type)} on the other) wait for each other forever.
 */
final class JooqTypes {

    static {
        // SQLDataType's initialiser runs DefaultDataType's (and the dialects' types) on this thread; the
        // DSLContext's initialiser loads SQLDataType again, here already done. A second thread that calls
        // load() meanwhile waits for this class, holding none of jOOQ's.
        DSL.using(SQLDialect.POSTGRES)
                .renderInlined(DSL.field("n", SQLDataType.INTEGER).eq(1));
    }

    private JooqTypes() {}

    /** Returns once jOOQ's data types are initialised, by this thread or another. */
    static void load() {
        // The work is the class's initialiser, which the JVM runs once.
    }
}
