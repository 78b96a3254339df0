package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which PostgreSQL: an external one ({@code DB_URL}) through a pool, or the embedded one and its directory. */
final class DatabaseSettingsReader {

    static final List<String> NAMES = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_POOL_SIZE", "DATA_DIR");

    private DatabaseSettingsReader() {}

    static int poolSize(RawSettings env) {
        return env.integer("DB_POOL_SIZE", 10, 1, 500);
    }

    static Optional<DatabaseSettings> external(RawSettings env, int poolSize) {
        Optional<String> url = env.text("DB_URL");
        if (url.isEmpty()) {
            for (String dependent : new String[] {"DB_USER", "DB_PASSWORD"}) {
                if (env.text(dependent).isPresent()) {
                    throw new ConfigurationException("DB_URL is required when " + dependent + " is set");
                }
            }
            return Optional.empty();
        }
        if (!url.get().startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
        }
        String user = env.required("DB_USER", "DB_URL is set");
        // The password as given, unstripped: spaces may be part of it.
        String password = Optional.ofNullable(env.given("DB_PASSWORD")).orElse("");
        return Optional.of(new DatabaseSettings(url.get(), user, password, poolSize));
    }

    static Path dataDir(RawSettings env) {
        String raw = env.text("DATA_DIR", "data");
        try {
            return Path.of(raw);
        } catch (InvalidPathException notAPath) {
            throw new ConfigurationException("DATA_DIR must be a directory path, got '" + raw + "'");
        }
    }
}
