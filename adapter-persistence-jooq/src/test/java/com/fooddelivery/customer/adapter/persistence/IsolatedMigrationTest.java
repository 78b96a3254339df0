package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Flyway runs in a class loader of its own, migrates as before, and leaves nothing that keeps its classes. */
class IsolatedMigrationTest {

    @Test
    void migratesAFreshDatabaseAndThenFindsNothingToDo() throws SQLException {
        try (HikariDataSource dataSource = pool(TestPostgres.freshDatabase())) {
            assertThat(IsolatedMigration.migrate(dataSource)).isTrue();
            int applied = appliedMigrations(dataSource);
            assertThat(applied).isEqualTo(migrationScripts());

            assertThat(IsolatedMigration.migrate(dataSource)).isTrue();
            assertThat(appliedMigrations(dataSource)).isEqualTo(applied);
        }
    }

    @Test
    void flywaysClassesAreTheMigrationLoadersOwn() throws ClassNotFoundException {
        IsolatedMigration loader = IsolatedMigration.create();

        assertThat(loader.loadClass("org.flywaydb.core.Flyway").getClassLoader())
                .isSameAs(loader);
        assertThat(loader.loadClass("javax.sql.DataSource")).isSameAs(DataSource.class);
        assertThat(loader.loadClass(HikariDataSource.class.getName())).isSameAs(HikariDataSource.class);
    }

    @Test
    void afterTheMigrationItsClassLoaderCanBeCollected() throws InterruptedException {
        WeakReference<IsolatedMigration> migrated = migrateAndForget();

        // A collection is only a request; the margin is wide, a leak keeps the loader for good.
        for (int tries = 0; tries < 20 && migrated.get() != null; tries++) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(migrated.get())
                .as("the migration's class loader, still reachable")
                .isNull();
    }

    /** In a method of its own, so that no local variable of the test's frame still holds the loader. */
    private static WeakReference<IsolatedMigration> migrateAndForget() {
        try (HikariDataSource dataSource = pool(TestPostgres.freshDatabase())) {
            IsolatedMigration loader = IsolatedMigration.create();
            assertThat(loader.apply(dataSource)).isTrue();
            return new WeakReference<>(loader);
        }
    }

    /** A pool of two connections on the database. */
    static HikariDataSource pool(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    /** How many versioned migrations the database's history lists as applied. */
    static int appliedMigrations(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(
                        "select count(*) from flyway_schema_history where success and version is not null")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** How many scripts the migration folder holds. */
    static int migrationScripts() {
        File folder = new File(Objects.requireNonNull(IsolatedMigrationTest.class.getResource("/db/migration"))
                .getPath());
        return Objects.requireNonNull(folder.list((dir, name) -> name.endsWith(".sql"))).length;
    }
}
