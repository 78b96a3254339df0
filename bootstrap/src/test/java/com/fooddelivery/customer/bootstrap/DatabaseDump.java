package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a test database, as text, like a plain dump: for searching secrets. */
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
}
