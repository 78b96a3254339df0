package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.IsolatedMigrationTest.appliedMigrations;
import static com.fooddelivery.customer.adapter.persistence.IsolatedMigrationTest.migrationScripts;
import static com.fooddelivery.customer.adapter.persistence.IsolatedMigrationTest.pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A start on a current schema does not load Flyway (decision 0018); every other start leaves the decision
 * to Flyway, which migrates or refuses exactly as before.
 */
class StartupMigrationTest {

    /** Flyway in its own class loader, as the service runs it, counting how often a loader was made for it. */
    private final AtomicInteger flywayRuns = new AtomicInteger();

    private final Predicate<DataSource> countedFlyway = dataSource -> {
        flywayRuns.incrementAndGet();
        return IsolatedMigration.migrate(dataSource);
    };

    @Test
    void aCurrentSchemaStartsWithoutLoadingFlyway() throws SQLException {
        try (HikariDataSource dataSource = pool(TestPostgres.freshDatabase())) {
            assertThat(new StartupMigration(countedFlyway).apply(dataSource)).isTrue();

            assertThat(flywayRuns).hasValue(0);
            assertThat(appliedMigrations(dataSource)).isEqualTo(migrationScripts());
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedByFlyway() throws SQLException {
        try (HikariDataSource dataSource = pool(TestPostgres.emptyDatabase())) {
            assertThat(new StartupMigration(countedFlyway).apply(dataSource)).isTrue();

            assertThat(flywayRuns).hasValue(1);
            assertThat(appliedMigrations(dataSource)).isEqualTo(migrationScripts());
            // And the next start finds it current.
            assertThat(new StartupMigration(countedFlyway).apply(dataSource)).isTrue();
            assertThat(flywayRuns).hasValue(1);
        }
    }

    @Test
    void anOutdatedSchemaIsMigratedByFlyway() throws SQLException {
        DatabaseSettings database = TestPostgres.emptyDatabase();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .target("1")
                .load()
                .migrate();
        try (HikariDataSource dataSource = pool(database)) {
            assertThat(appliedMigrations(dataSource)).isEqualTo(1);

            assertThat(new StartupMigration(countedFlyway).apply(dataSource)).isTrue();

            assertThat(flywayRuns).hasValue(1);
            assertThat(appliedMigrations(dataSource)).isEqualTo(migrationScripts());
        }
    }

    @Test
    void aFailedMigrationInTheHistoryStillFailsTheStart() throws SQLException {
        try (HikariDataSource dataSource = pool(TestPostgres.freshDatabase())) {
            execute(
                    dataSource,
                    "update flyway_schema_history set success = false where installed_rank = "
                            + "(select max(installed_rank) from flyway_schema_history)");

            assertThatThrownBy(() -> new StartupMigration(countedFlyway).apply(dataSource))
                    .hasMessageContaining("failed migration");
            assertThat(flywayRuns).hasValue(1);
        }
    }

    @Test
    void anEditedScriptStillFailsTheStartOnItsChecksum() throws SQLException {
        try (HikariDataSource dataSource = pool(TestPostgres.freshDatabase())) {
            execute(dataSource, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");

            assertThatThrownBy(() -> new StartupMigration(countedFlyway).apply(dataSource))
                    .hasMessageContaining("checksum mismatch");
            assertThat(flywayRuns).hasValue(1);
        }
    }

    @Test
    void aNewerSchemaIsLeftToFlywayAsBefore() throws SQLException {
        DatabaseSettings database = TestPostgres.freshDatabase();
        DatabaseSettings twin = TestPostgres.freshDatabase();
        String future = "insert into flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) values (1000, '1000', 'from a newer build',"
                + " 'SQL', 'V1000__from_a_newer_build.sql', 42, 'postgres', 1, true)";
        try (HikariDataSource dataSource = pool(database);
                HikariDataSource before = pool(twin)) {
            execute(dataSource, future);
            execute(before, future);

            boolean current = new StartupMigration(countedFlyway).apply(dataSource);

            assertThat(flywayRuns).hasValue(1);
            assertThat(current).isEqualTo(IsolatedMigration.migrate(before));
            assertThat(appliedMigrations(dataSource)).isEqualTo(migrationScripts() + 1);
        }
    }

    @Test
    void aBuildWhoseScriptsCannotBeListedLeavesEvenAnEmptyDatabaseToFlyway() throws SQLException, IOException {
        // No listing and no history read alike (both empty): that must not pass for "current".
        try (URLClassLoader noScripts = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
                HikariDataSource dataSource = pool(TestPostgres.emptyDatabase())) {
            assertThat(new StartupMigration(countedFlyway, noScripts).apply(dataSource))
                    .isTrue();

            assertThat(flywayRuns).hasValue(1);
            assertThat(appliedMigrations(dataSource)).isEqualTo(migrationScripts());
        }
    }

    /**
     * Histories that list the bundled scripts but in a way only Flyway can judge: Flyway is asked, and the start
     * ends as Flyway alone ends it on a twin of the database.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "update flyway_schema_history set type = 'JDBC' where version = '1'",
                "update flyway_schema_history set checksum = null where version = '1'",
                "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, execution_time, success) select 1000, version, description, type, script,"
                        + " checksum, installed_by, execution_time, success from flyway_schema_history"
                        + " where version = '1'"
            })
    void anOddHistoryIsLeftToFlywayAsBefore(String edit) throws SQLException {
        try (HikariDataSource dataSource = pool(TestPostgres.freshDatabase());
                HikariDataSource twin = pool(TestPostgres.freshDatabase())) {
            execute(dataSource, edit);
            execute(twin, edit);

            String started = outcome(() -> new StartupMigration(countedFlyway).apply(dataSource));

            assertThat(flywayRuns).hasValue(1);
            assertThat(started).isEqualTo(outcome(() -> IsolatedMigration.migrate(twin)));
        }
    }

    @Test
    void aConnectionWithoutACurrentSchemaReadsNoHistory() throws SQLException {
        DatabaseSettings database = TestPostgres.freshDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(1);
        // A search path of no existing schema: PostgreSQL has no current schema to name.
        config.setConnectionInitSql("set search_path to no_such_schema");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getSchema()).isNull();
            }

            assertThat(SchemaHistory.applied(dataSource)).isEmpty();
        }
    }

    /** What a start did: what it returned, or what it threw. */
    private static String outcome(BooleanSupplier start) {
        try {
            return "returned " + start.getAsBoolean();
        } catch (RuntimeException failed) {
            return "threw " + failed.getClass().getName() + ": " + failed.getMessage();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
