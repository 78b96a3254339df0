package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;

/** The service as the HTTP tests run it: the real thing, on a free port, over a test database. */
final class TestBackends {

    /** How long a silent connection holds a test's stop (Jetty's own: one second). */
    private static final Duration QUICK_STOP_IDLE = Duration.ofMillis(50);

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
        return quickStop(startAsShipped(database, settings));
    }

    /**
     * Starts the service as {@link #start} does, but with the stop as it ships: for the tests of the
     * stop itself, which need Jetty's one second before it cuts a silent connection.
     */
    static CustomerBackend startAsShipped(DatabaseSettings database, String... settings) {
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
     * Shortens the wait of the service's stop for the test clients' idle keep-alive connections. Once a
     * stop begins, Jetty cuts a connection only after it stayed silent for its shutdown idle timeout (one
     * second), and the stop waits for every connection: each test class's {@code close()} waited that
     * second for the pooled connections of its HTTP client, about a minute over the suite. The classes
     * close the service when their requests are done, so nothing they test runs into the shorter cut;
     * {@code GracefulShutdownTest} tests the stop and keeps Jetty's second ({@link #startAsShipped}).
     *
     * @param backend a service just started
     * @return the same service
     */
    static CustomerBackend quickStop(CustomerBackend backend) {
        for (Connector connector : backend.http().jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector network) {
                network.setShutdownIdleTimeout(QUICK_STOP_IDLE.toMillis());
            }
        }
        return backend;
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
