package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.util.HashMap;
import java.util.Map;

/** The service as the HTTP tests run it: the real thing, on a free port, over a test database. */
final class TestBackends {

    private TestBackends() {}

    /**
     * Generous per-client limits: every test client is 127.0.0.1, and most tests are about something else.
     * Tests of the limits set their own low ones.
     */
    static final Map<String, String> GENEROUS_LIMITS = Map.of(
            "RATE_LIMIT_SIGN_IN",
            "1000000",
            "RATE_LIMIT_ACCOUNT_CHANGES",
            "1000000",
            "RATE_LIMIT_PAYMENT_CALLBACKS",
            "1000000");

    /**
     * Starts the service.
     *
     * @param database the test database it uses
     * @param settings further settings, in name/value pairs, e.g. {@code "SERVICE_KEYS", key}
     * @return the running service; close it when done
     */
    static CustomerBackend start(DatabaseSettings database, String... settings) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                "0",
                "DB_URL",
                database.jdbcUrl(),
                "DB_USER",
                database.user(),
                "DB_PASSWORD",
                database.password()));
        env.putAll(GENEROUS_LIMITS);
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        return CustomerBackend.start(Settings.from(env));
    }
}
