package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event log as the company's other services read it over HTTP: two instances on one database,
 * as behind a load balancer, so a reader on one sees the commits of the other.
 */
class EventFeedApiTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    private static final String PASSWORD = CustomerCalls.PASSWORD;
    private static final String NEW_PASSWORD = "staple battery horse";
    private static final String CARD_NUMBER = "4242424242424242";
    private static final String CVC = "618";
    private static final String PREFIX = "com.fooddelivery.customer.";

    private static DatabaseSettings database;
    private static CustomerBackend one;
    private static CustomerBackend two;
    private static ApiClient api;
    private static ApiClient other;
    private static int pizza;
    private static EventStoryCalls calls;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        one = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        two = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        api = new ApiClient(one.port());
        other = new ApiClient(two.port());
        pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
        calls = new EventStoryCalls(api, other, SERVICE_KEY, pizza);
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
    }

    @Test
    void everyChangeOfAnAccountAnOrderAndAPaymentIsAnEventWithNoSecretInIt() throws Exception {
        long start = calls.end();
        String login = "eve" + UUID.randomUUID().toString().substring(0, 8);
        String token = new CustomerCalls(api).signedIn(login, EventStoryCalls.phone());
        calls.bearer("PATCH", "/api/v1/customers/me", token, "{\"deliveryAddress\":\"Elm street 2\"}", 200);
        calls.bearer("POST", "/api/v1/customers/me/password", token, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(PASSWORD, NEW_PASSWORD), 204);
        String cash = calls.place(token, "CASH_ON_DELIVERY");
        calls.report(cash, """
                {"type": "COOKING_STARTED", "estimatedReadyAt": "2099-01-01T10:00:00Z",
                 "estimatedDeliveryAt": "2099-01-01T10:30:00Z"}""");
        calls.report(cash, "{\"type\":\"COOKING_FINISHED\"}");
        calls.report(cash, "{\"type\":\"DELIVERY_STARTED\"}");
        calls.report(cash, "{\"type\":\"PAYMENT_COLLECTED\"}");
        calls.report(cash, "{\"type\":\"DELIVERED\"}");
        String card = calls.place(token, "CARD");
        calls.pay(token, card, "4000000000000002", CVC, 201);
        calls.pay(token, card, CARD_NUMBER, CVC, 201);
        String cancelled = calls.place(token, "CASH_ON_DELIVERY");
        calls.bearer("POST", "/api/v1/orders/" + cancelled + "/cancel", token, null, 200);
        calls.cardChanges(token, CARD_NUMBER, CVC);
        calls.bearer("DELETE", "/api/v1/sessions/current", token, null, 204);

        List<JsonNode> events = calls.events(start);

        assertThat(events)
                .extracting(event -> event.get("type").asText().substring(PREFIX.length()))
                .containsExactly(
                        "customer.registered.v1",
                        "customer.session-started.v1",
                        "customer.profile-changed.v1",
                        "customer.password-changed.v1",
                        "order.placed.v1",
                        "order.cooking-started.v1",
                        "order.estimates-revised.v1",
                        "order.cooking-finished.v1",
                        "order.delivery-started.v1",
                        "order.paid.v1",
                        "order.delivered.v1",
                        "order.placed.v1",
                        "order.payment-failed.v1",
                        "order.paid.v1",
                        "order.placed.v1",
                        "order.cancelled.v1",
                        "customer.card-linked.v1",
                        "customer.card-linked.v1",
                        "customer.default-card-changed.v1",
                        "customer.card-unlinked.v1",
                        "customer.session-ended.v1");
        assertThat(events.get(16).get("data").get("last4").asText()).isEqualTo("4242");
        JsonNode placed = events.get(4);
        assertThat(placed.get("subject").asText()).isEqualTo(cash);
        assertThat(placed.get("data").get("lines").get(0).get("name").asText()).isEqualTo("Margherita");
        assertThat(placed.get("data").get("totalAmount").decimalValue()).isEqualByComparingTo("17.00");
        assertThat(placed.get("data").get("customerUid").asText())
                .isEqualTo(events.get(0).get("subject").asText());
        assertThat(events.get(15).get("data").get("cancelledBy").asText()).isEqualTo("CUSTOMER");
        assertThat(events.stream().filter(event -> event.get("subject").asText().equals(cash)))
                .extracting(event -> event.get("sequence").asLong())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);

        String hash = single("select password from delivery_customer_c where login = '" + login + "'");
        String digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        for (JsonNode event : events) {
            assertThat(event.toString())
                    .doesNotContain(
                            PASSWORD,
                            NEW_PASSWORD,
                            token,
                            hash,
                            digest,
                            CARD_NUMBER,
                            "4000000000000002",
                            "\"" + CVC + "\"",
                            "cvc",
                            "password\":",
                            "token");
        }
    }

    @Test
    void aRefusedOrderAndARefusedPaymentLeaveNoEvent() {
        String token = calls.customer();
        String cancelled = calls.place(token, "CARD");
        calls.bearer("POST", "/api/v1/orders/" + cancelled + "/cancel", token, null, 200);
        long before = calls.end();

        HttpResponse<byte[]> unknownItem = api.json(
                "POST",
                "/api/v1/orders",
                """
                {"items": [{"menuItemId": 999999, "quantity": 1}], "deliveryAddress": "Main street 1",
                 "paymentMethod": "CASH_ON_DELIVERY"}""",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(unknownItem.statusCode()).isEqualTo(400);
        calls.pay(token, cancelled, CARD_NUMBER, CVC, 409);

        assertThat(calls.events(before)).isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithGrowingPositionsAndSkipNothing() {
        String token = calls.customer();
        for (int i = 0; i < 5; i++) {
            calls.place(token, "CASH_ON_DELIVERY");
        }
        List<JsonNode> everything = calls.events(0);
        List<JsonNode> paged = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = feed(other, "?after=" + after + "&limit=3");
            if (page.get("events").isEmpty()) {
                assertThat(page.get("nextAfter").asLong()).isEqualTo(after);
                break;
            }
            page.get("events").forEach(paged::add);
            after = page.get("nextAfter").asLong();
        }

        assertThat(paged).isEqualTo(everything);
        for (int i = 1; i < paged.size(); i++) {
            assertThat(paged.get(i).get("position").asLong())
                    .isGreaterThan(paged.get(i - 1).get("position").asLong());
        }
        assertThat(feed(api, "?after=0&limit=1000&types=" + PREFIX + "order.placed.v1")
                        .get("events"))
                .allSatisfy(event -> assertThat(event.get("type").asText()).isEqualTo(PREFIX + "order.placed.v1"))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    /**
     * A wait that ends by itself answers an empty page, so the page holding the order shows that the
     * commit woke it. The wait is long and the bound half of it, wide enough for a loaded machine: the
     * test is about what wakes the poll, not how fast (a second, typically).
     */
    @Test
    void aLongPollOnOneInstanceIsWokenByACommitOnTheOther() throws Exception {
        String token = calls.customer();
        long after = calls.end();
        CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(
                () -> feed(other, "?after=" + after + "&wait=PT30S&types=" + PREFIX + "order.placed.v1"));
        Thread.sleep(500);
        assertThat(waiting).as("nothing newer yet: still waiting").isNotDone();

        String uid = calls.place(token, "CASH_ON_DELIVERY");
        long committed = System.nanoTime();
        JsonNode page = waiting.get(60, TimeUnit.SECONDS);
        long wokeAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed);
        System.out.printf("a long poll on the other instance woke %d ms after the commit%n", wokeAfterMillis);

        assertThat(page.get("events"))
                .as("woken by the commit, not by the end of its wait")
                .hasSize(1);
        assertThat(page.get("events").get(0).get("subject").asText()).isEqualTo(uid);
        assertThat(wokeAfterMillis)
                .as("woken long before its wait of 30 s was over")
                .isLessThan(15_000);
    }

    @Test
    void aLongPollWithNothingNewAnswersAnEmptyPageWhenItsWaitIsOver() {
        long after = calls.end();

        JsonNode page = feed(api, "?after=" + after + "&wait=PT1S&types=" + PREFIX + "order.placed.v2");

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("nextAfter").asLong()).isEqualTo(after);
    }

    @Test
    void theFeedAndTheServiceOrderViewNeedTheServiceKeyNotACustomerToken() {
        String token = calls.customer();
        String uid = calls.place(token, "CASH_ON_DELIVERY");
        for (String path : List.of("/api/v1/ops/events", "/api/v1/ops/orders/" + uid)) {
            assertThat(api.get(path).statusCode()).isEqualTo(401);
            assertThat(api.get(path, "Authorization", "Bearer " + token).statusCode())
                    .isEqualTo(401);
            assertThat(api.get(path, "X-Service-Key", "not-the-key-0123456789").statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void badFeedQueriesAre400() {
        for (String query : List.of(
                "?after=-1",
                "?after=x",
                // One spelling per number, as in every other path and query: no sign, no leading zero, ASCII digits.
                "?after=%2B1",
                "?after=01",
                "?after=%EF%BC%91",
                "?limit=%2B5",
                "?limit=0",
                "?limit=1001",
                "?wait=PT61S",
                "?wait=soon",
                "?types=order.placed")) {
            HttpResponse<byte[]> response = api.get("/api/v1/ops/events" + query, "X-Service-Key", SERVICE_KEY);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
        }
    }

    @Test
    void theKitchenSeesTheOrderWithTheCustomersPhoneAndWhetherItIsPaid() {
        String phone = EventStoryCalls.phone();
        String token = new CustomerCalls(api)
                .signedIn("kit" + UUID.randomUUID().toString().substring(0, 8), phone);
        String uid = calls.place(token, "CASH_ON_DELIVERY");

        JsonNode order = json(ops(uid));
        assertThat(order.get("customerPhone").asText()).isEqualTo(phone);
        assertThat(order.get("paid").asBoolean()).isFalse();
        assertThat(order.get("order").get("items").get(0).get("name").asText()).isEqualTo("Margherita");
        calls.report(uid, "{\"type\":\"PAYMENT_COLLECTED\"}");
        assertThat(json(ops(uid)).get("paid").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/ops/orders/" + UUID.randomUUID(), "X-Service-Key", SERVICE_KEY)
                        .statusCode())
                .isEqualTo(404);
    }

    // ----------------------------------------------------------------------------------------------

    private static HttpResponse<byte[]> ops(String uid) {
        HttpResponse<byte[]> response = other.get("/api/v1/ops/orders/" + uid, "X-Service-Key", SERVICE_KEY);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(200);
        return response;
    }

    private static JsonNode feed(ApiClient client, String query) {
        HttpResponse<byte[]> response = client.get("/api/v1/ops/events" + query, "X-Service-Key", SERVICE_KEY);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(200);
        return json(response);
    }

    private static String single(String query) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
