package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.util.HashMap;
import java.util.Map;

/** The service as the HTTP tests run it: the real thing, on a free port, over a test database. */
final class TestBackends {

    private TestBackends() {
    }

    /**
     * Starts the service.
     *
     * @param database the test database it uses
     * @param settings further settings, in name/value pairs, e.g. {@code "SERVICE_KEYS", key}
     * @return the running service; close it when done
     */
    static CustomerBackend start(DatabaseSettings database, String... settings) {
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "DB_URL", database.jdbcUrl(),
                "DB_USER", database.user(), "DB_PASSWORD", database.password()));
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        return CustomerBackend.start(Settings.from(env));
    }
}
