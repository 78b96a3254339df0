package com.fooddelivery.customer.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM, and a fresh database for every caller,
 * so tests neither wait for a server start each nor see each other's rows.
 *
 * <p>Each fresh database is a copy of one template that Flyway migrated once per JVM, with the same
 * scripts and defaults as the service's own start: copying the template's files costs a few milliseconds
 * where running every migration on an empty database cost a second of CPU per test class. The service's
 * start finds the copy's history current and does not load Flyway (decision 0018). Migrating an empty
 * database stays tested in {@code StartupMigrationTest} on {@link #emptyDatabase()}, and wherever the
 * service starts on an embedded database of its own ({@code EmbeddedDefaultTest}, {@code DatabaseOutageTest},
 * {@code MainTest}).
 */
public final class TestPostgres {

    private static final String TEMPLATE = "migrated_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** Settings of a newly created database, with every migration applied, on the shared embedded server. */
    public static DatabaseSettings freshDatabase() {
        return newDatabase(TEMPLATE);
    }

    /** Settings of a newly created database without any table, for tests of the migration itself. */
    public static DatabaseSettings emptyDatabase() {
        return newDatabase("template0");
    }

    private static synchronized DatabaseSettings newDatabase(String template) {
        EmbeddedPostgres postgres = server();
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " template " + template);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create test database " + name, failure);
        }
        return settings(name);
    }

    private static DatabaseSettings settings(String name) {
        return new DatabaseSettings(server.getJdbcUrl("postgres", name), "postgres", "postgres", 4);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", failure);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
            migrateTemplate();
        }
        return server;
    }

    /** Creates and migrates the template; Flyway's connections are closed when it returns, as a copy needs. */
    private static void migrateTemplate() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + TEMPLATE);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create the template database", failure);
        }
        DatabaseSettings template = settings(TEMPLATE);
        Flyway.configure()
                .dataSource(template.jdbcUrl(), template.user(), template.password())
                .load()
                .migrate();
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is going away; the server's own shutdown hook removes its files.
        }
    }
}
