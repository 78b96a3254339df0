package com.fooddelivery.customer.adapter.persistence;

import java.util.function.Predicate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies every pending migration of {@code db/migration}. {@link IsolatedMigration} defines this class
 * and Flyway's in a class loader of their own, so it talks to its caller through JDK types only.
 */
final class FlywayMigration implements Predicate<DataSource> {

    /** True when every migration this build knows is applied; a failed migration throws. */
    @Override
    public boolean test(DataSource dataSource) {
        return Flyway.configure(FlywayMigration.class.getClassLoader())
                .dataSource(dataSource)
                .load()
                .migrate()
                .success;
    }
}
