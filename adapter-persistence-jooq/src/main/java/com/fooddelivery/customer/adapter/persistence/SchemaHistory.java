package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.adapter.persistence.BundledMigrations.Script;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Flyway's schema history ({@code flyway_schema_history} in the connection's current schema, where Flyway
 * keeps it), read with plain JDBC. Only a history of successfully applied versioned SQL scripts is read
 * into scripts; a failed row, any other kind of row, or no history at all reads as empty.
 */
final class SchemaHistory {

    private SchemaHistory() {}

    /** The scripts the history records as applied, or empty where only Flyway can tell what it means. */
    static Optional<Set<Script>> applied(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            if (schema == null) {
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select version, script, checksum, type, success from "
                            + quoted(schema) + ".flyway_schema_history")) {
                Set<Script> applied = new HashSet<>();
                while (rows.next()) {
                    String version = rows.getString("version");
                    Object checksum = rows.getObject("checksum");
                    // A row without a version (a repeatable script's) needs no test of its own: every bundled script
                    // has one.
                    boolean readable = checksum instanceof Integer
                            && "SQL".equals(rows.getString("type"))
                            && rows.getBoolean("success");
                    if (!readable || !applied.add(new Script(version, rows.getString("script"), (Integer) checksum))) {
                        return Optional.empty();
                    }
                }
                return Optional.of(applied);
            }
        } catch (SQLException noHistory) {
            // No history table (an empty database), or the database cannot answer: Flyway says which.
            return Optional.empty();
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
