package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
     * A small Argon2id (1 MiB, one pass) for the tests that sign customers up and in on their way to something
     * else: the production hash (19 MiB, two passes) costs about 35 ms of CPU, and the suite makes about 500.
     * {@code AccountsApiTest} keeps the production parameters and checks them in the stored hash.
     */
    static final Map<String, String> CHEAP_HASHING =
            Map.of("PASSWORD_HASH_MEMORY", "1024", "PASSWORD_HASH_ITERATIONS", "1");

    /**
     * Starts the service, with {@link #CHEAP_HASHING} unless the settings name the hash's parameters.
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
        env.putAll(CHEAP_HASHING);
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        return CustomerBackend.start(Settings.from(env));
    }

    /**
     * The command that runs {@code Main} in a JVM of its own on this test's class path, for the tests that
     * kill the service's process. The child lives for seconds, so it stops at the quick first JIT tier and
     * collects with one thread: the optimising compiler's work would outlast its use, and CPU is what a
     * two-core build runs short of (docs/build.md).
     */
    static List<String> childJvm() {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName());
    }
}
