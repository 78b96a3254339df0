package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A test database's rows as the stories check them: every row of every table, as text, like a plain dump
 * (for searching secrets), and how many rows a table holds.
 */
final class DatabaseDump {

    private DatabaseDump() {}

    static List<String> everyRow(DatabaseSettings database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = sql.executeQuery(
                    // The rate limits' buckets are counters every request draws from, refused or not.
                    "select table_name from information_schema.tables where table_schema = 'public'"
                            + " and table_name <> 'delivery_ratelimit_bucket_c'")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = sql.executeQuery("select row_to_json(t)::text from \"" + table + "\" t")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    /** How many rows {@code from} holds: a table, with a {@code where} clause if any. */
    static int count(DatabaseSettings database, String from) {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery("select count(*) from " + from)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
