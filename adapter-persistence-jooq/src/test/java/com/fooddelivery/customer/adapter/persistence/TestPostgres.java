package com.fooddelivery.customer.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM, and a fresh, empty database for
 * every caller, so tests neither wait for a server start each nor see each other's rows.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** Settings of a newly created, empty database on the shared embedded server. */
    public static synchronized DatabaseSettings freshDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot create test database " + name, failure);
        }
        return new DatabaseSettings(server().getJdbcUrl("postgres", name), "postgres", "postgres", 4);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", failure);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is going away; the server's own shutdown hook removes its files.
        }
    }
}
