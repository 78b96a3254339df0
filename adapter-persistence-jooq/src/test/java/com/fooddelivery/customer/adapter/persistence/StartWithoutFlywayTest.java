package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The service's own start on a current schema defines no Flyway class (decision 0018). Flyway runs in a
 * class loader of its own that defines its ~430 classes anew on every run, so a start that ran it would
 * show them in the JVM's count of loaded classes however warm the JVM is. Isolated: no other test class
 * loads classes meanwhile.
 */
@Isolated
class StartWithoutFlywayTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void aStartOnACurrentSchemaLoadsNoFlywayClass() {
        // The first start loads what every start loads (the pool, the driver, jOOQ).
        PostgresPersistence.start(TestPostgres.freshDatabase(), EUR).close();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long before = classes.getTotalLoadedClassCount();

        PostgresPersistence.start(TestPostgres.freshDatabase(), EUR).close();

        assertThat(classes.getTotalLoadedClassCount() - before)
                .as("classes loaded by a second start on a current schema")
                .isLessThan(100);
    }
}
