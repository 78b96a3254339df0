package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away under a running service, with clients calling throughout, and comes back:
 * requests fail fast with 503 and {@code Retry-After}, readiness goes down while liveness stays up,
 * and the service recovers on its own, without a restart. The database is this test's own, so stopping it disturbs no other test.
 */
class DatabaseOutageTest {

    private static final String PASSWORD = "correct horse battery";

    /**
     * Fast, as opposed to hanging (a pool's usual 30 s, or a TCP connect's minutes). The service answers
     * within 3 s (README) because its pool waits 2 s for a connection; on a loaded two-core machine the
     * rest of such an answer took 1.8 s more (a build at load 60), so the bound leaves room for that.
     */
    private static final Duration FAST = Duration.ofSeconds(10);

    /** Recovering by itself, as opposed to never: typically within a second of the database's return. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private EmbeddedPostgres postgres;
    private CustomerBackend backend;

    @AfterEach
    void stop() throws IOException {
        if (backend != null) {
            backend.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anOutageIsAnsweredWith503AndTheServiceRecoversByItself() throws IOException {
        postgres = database(0);
        int dbPort = postgres.getPort();
        backend = TestBackends.quickStop(CustomerBackend.start(Settings.from(
                Map.of("PORT", "0", "DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "DB_USER", "postgres"))));
        ApiClient api = new ApiClient(backend.port());
        assertThat(api.json("POST", "/api/v1/customers", """
                                {"login": "outage", "email": "outage@example.org", "phoneNumber": "+4915155509001",
                                 "password": "%s"}""".formatted(PASSWORD))
                        .statusCode())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/categories").statusCode()).isEqualTo(200);
        String token = json(api.json("POST", "/api/v1/sessions", """
                                {"login": "outage", "password": "%s"}""".formatted(PASSWORD)))
                .get("token")
                .asText();
        Traffic traffic = new Traffic(backend.port(), token);
        traffic.runFor(Duration.ofMillis(300));

        postgres.close();
        postgres = null;

        // A read outside any transaction, and a sign-in that opens one. (Not the category list: it
        // may still be answered from memory for up to MENU_MAX_AGE.)
        assertUnavailableFast(() -> api.get("/api/v1/menu-items/1"));
        assertUnavailableFast(() -> api.json("POST", "/api/v1/sessions", """
                        {"login": "outage", "password": "%s"}""".formatted(PASSWORD)));
        assertThat(api.get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(api.get("/health").statusCode()).isEqualTo(503);
        assertThat(api.get("/health/live").statusCode()).isEqualTo(200);

        postgres = database(dbPort);
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        int status = 0;
        while (status != 201 && System.nanoTime() < deadline) {
            status = api.json("POST", "/api/v1/sessions", """
                    {"login": "outage", "password": "%s"}""".formatted(PASSWORD))
                    .statusCode();
        }
        assertThat(status)
                .as("sign-in within %s of the database's return", RECOVERY)
                .isEqualTo(201);
        assertThat(api.get("/health/ready").statusCode()).isEqualTo(200);
        long ready = System.nanoTime();
        assertThat(api.get("/api/v1/categories").statusCode()).isEqualTo(200);
        traffic.runFor(Duration.ofMillis(300));
        List<Traffic.Answer> answers = traffic.stop();

        assertThat(answers)
                .as("answers to the clients that kept calling throughout")
                .hasSizeGreaterThan(20)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isIn(200, 503);
                    assertThat(answer.took()).isLessThan(FAST);
                    if (answer.status() == 503) {
                        assertThat(answer.retryAfter()).isTrue();
                    }
                });
        assertThat(answers)
                .filteredOn(answer -> answer.status() == 503)
                .as("the outage was seen")
                .isNotEmpty();
        assertThat(answers)
                .filteredOn(answer -> answer.at() > ready)
                .as("once ready again, everything answers")
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(answers.get(answers.size() - 1).status()).isEqualTo(200);
    }

    /**
     * Clients that keep reading, each as fast as the service answers: the signed-in customer's orders
     * and account, each a token check and a read.
     */
    private static final class Traffic {

        record Answer(long at, int status, Duration took, boolean retryAfter) {}

        private final List<Answer> answers = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();

        Traffic(int port, String token) {
            for (int n = 0; n < 2; n++) {
                ApiClient api = new ApiClient(port);
                Thread client = new Thread(
                        () -> {
                            for (int call = 0; running.get(); call++) {
                                long started = System.nanoTime();
                                HttpResponse<byte[]> response = api.get(
                                        call % 2 == 0 ? "/api/v1/orders?status=all" : "/api/v1/customers/me",
                                        "Authorization",
                                        "Bearer " + token);
                                answers.add(new Answer(
                                        started,
                                        response.statusCode(),
                                        Duration.ofNanos(System.nanoTime() - started),
                                        response.headers()
                                                .firstValue("Retry-After")
                                                .isPresent()));
                            }
                        },
                        "outage-client-" + n);
                client.setDaemon(true);
                client.start();
                clients.add(client);
            }
        }

        void runFor(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        List<Answer> stop() {
            running.set(false);
            for (Thread client : clients) {
                try {
                    client.join(10_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return answers.stream().sorted(Comparator.comparingLong(Answer::at)).toList();
        }
    }

    private static void assertUnavailableFast(Supplier<HttpResponse<byte[]>> request) {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).as("time to answer during the outage").isLessThan(FAST);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(json(response).get("status").asInt()).isEqualTo(503);
        assertThat(json(response).get("type").asText()).isEqualTo("urn:customerbackend:problem:service-unavailable");
    }

    /** Starts (or, given its old port, restarts) the test's PostgreSQL on the same data directory. */
    private EmbeddedPostgres database(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }
}
