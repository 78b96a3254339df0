package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL behave as one service: keys, throttling and sign-outs are shared. */
class ScaleOutTest {

    private static final String SERVICE_KEY = "scale-out-service-key-0123456789";
    private static final String PASSWORD = "correct horse battery";

    private static CustomerBackend east;
    private static CustomerBackend west;
    private static ApiClient eastApi;
    private static ApiClient westApi;
    private static int item;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                "0",
                "DB_URL",
                database.jdbcUrl(),
                "DB_USER",
                database.user(),
                "DB_PASSWORD",
                database.password(),
                "SERVICE_KEYS",
                SERVICE_KEY));
        env.putAll(TestBackends.GENEROUS_LIMITS);
        env.putAll(TestBackends.CHEAP_HASHING);
        east = TestBackends.quickStop(CustomerBackend.start(Settings.from(env)));
        west = TestBackends.quickStop(CustomerBackend.start(Settings.from(env)));
        eastApi = new ApiClient(east.port());
        westApi = new ApiClient(west.port());
        int category = json(eastApi.json(
                        "POST", "/api/v1/ops/categories", "{\"name\":\"Soups\"}", "X-Service-Key", SERVICE_KEY))
                .get("id")
                .asInt();
        item = json(westApi.json(
                        "POST", "/api/v1/ops/menu-items", """
                        {"categoryId": %s, "name": "Borscht", "price": 6.40}""".formatted(category), "X-Service-Key", SERVICE_KEY))
                .get("id")
                .asInt();
    }

    @AfterAll
    static void stop() {
        east.close();
        west.close();
    }

    @Test
    void oneKeyRacedAcrossBothInstancesMakesOneOrder() throws Exception {
        String token = signUpAndIn("racer");
        String key = UUID.randomUUID().toString();
        String body = """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "Main street 1",
                 "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(item);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ApiClient api = i % 2 == 0 ? eastApi : westApi;
                responses.add(pool.submit(() -> api.json(
                        "POST", "/api/v1/orders", body, "Authorization", "Bearer " + token, "Idempotency-Key", key)));
            }
            Set<String> orders = new HashSet<>();
            for (Future<HttpResponse<byte[]>> response : responses) {
                HttpResponse<byte[]> done = response.get();
                assertThat(done.statusCode()).isIn(201, 409);
                if (done.statusCode() == 201) {
                    orders.add(json(done).get("uid").asText());
                }
            }
            assertThat(orders).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(json(westApi.get("/api/v1/orders", "Authorization", "Bearer " + token))
                        .get("orders")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void failedSignInsCountAcrossBothInstances() {
        signUpAndIn("guessing-target");
        for (int i = 0; i < 5; i++) {
            ApiClient api = i % 2 == 0 ? eastApi : westApi;
            assertThat(api.json("POST", "/api/v1/sessions", """
                                    {"login": "guessing-target", "password": "guess %s"}""".formatted(i)).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<byte[]> throttled = westApi.json("POST", "/api/v1/sessions", """
                        {"login": "guessing-target", "password": "%s"}""".formatted(PASSWORD));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aSignOutOnOneInstanceKillsTheTokenOnTheOther() {
        String token = signUpAndIn("leaver");
        assertThat(westApi.get("/api/v1/customers/me", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);

        assertThat(eastApi.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);

        assertThat(westApi.get("/api/v1/customers/me", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aSignOutOnOneInstanceStopsOrdersOnTheOther_andTheRefusedOrderLeavesItsKeyFree() {
        String ended = signUpAndIn("orders-then-leaves");
        HttpResponse<byte[]> second = westApi.json("POST", "/api/v1/sessions", """
                {"login": "orders-then-leaves", "password": "%s"}""".formatted(PASSWORD));
        assertThat(second.statusCode()).isEqualTo(201);
        String kept = json(second).get("token").asText();
        String key = UUID.randomUUID().toString();
        String body = """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "Main street 1",
                 "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(item);
        assertThat(eastApi.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + ended)
                        .statusCode())
                .isEqualTo(204);

        HttpResponse<byte[]> refused = westApi.json(
                "POST", "/api/v1/orders", body, "Authorization", "Bearer " + ended, "Idempotency-Key", key);

        assertThat(refused.statusCode()).isEqualTo(401);
        // The token is checked in the key's claim: a refused request has claimed nothing, so the same key
        // under the customer's other session places the order afresh instead of replaying or refusing it.
        HttpResponse<byte[]> placed =
                eastApi.json("POST", "/api/v1/orders", body, "Authorization", "Bearer " + kept, "Idempotency-Key", key);
        assertThat(placed.statusCode()).as(ApiClient.text(placed)).isEqualTo(201);
        assertThat(placed.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json(westApi.get("/api/v1/orders", "Authorization", "Bearer " + kept))
                        .get("orders")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void fortyParallelWrongPasswordsOverBothInstancesVerifyNoMoreThanTheFreeFailures() throws Exception {
        signUpAndIn("raced-guesses");
        ExecutorService clients = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ApiClient api = i % 2 == 0 ? eastApi : westApi;
                String body = """
                        {"login": "raced-guesses", "password": "guess number %s"}""".formatted(i);
                answers.add(clients.submit(
                        () -> api.json("POST", "/api/v1/sessions", body).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(status -> status == 401).count())
                    .isEqualTo(5);
        } finally {
            clients.shutdownNow();
        }
    }

    private static String signUpAndIn(String login) {
        int n = Math.abs(login.hashCode() % 100_000);
        assertThat(eastApi.json("POST", "/api/v1/customers", """
                                {"login": "%s", "email": "%s@example.org", "phoneNumber": "+4917700%05d",
                                 "password": "%s"}""".formatted(login, login, n, PASSWORD))
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<byte[]> session = westApi.json("POST", "/api/v1/sessions", """
                {"login": "%s", "password": "%s"}""".formatted(login, PASSWORD));
        assertThat(session.statusCode()).isEqualTo(201);
        return json(session).get("token").asText();
    }
}
