package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.key;
import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.adapter.http.Problems.assertFieldError;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.http.KitchenMenuCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders over HTTP on PostgreSQL: prices from the menu's rows, idempotency keys and races decided by the
 * database, pages in the order the database keeps, tags to the stored microsecond, and nothing
 * half-written. The order routes' answers one by one (refusals field by field, another customer's orders,
 * the report, the kitchen's and courier's steps, cancelling) are {@code OrderRoutesTest}'s, in
 * {@code adapter-http-javalin}, over the domain's fakes.
 */
class OrdersApiTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static KitchenMenuCalls kitchen;
    private static int margherita;
    private static int cola;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        kitchen = new KitchenMenuCalls(api, SERVICE_KEY);
        int category = kitchen.addCategory("Pizza");
        margherita = kitchen.addItem(category, "Margherita", "8.50");
        cola = kitchen.addItem(category, "Cola", "2.20");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void theMenuPricesTheOrderWhateverTheClientSays() {
        String token = customers.newCustomer();

        HttpResponse<byte[]> response = customers.place(token, key(), """
                {"items": [{"menuItemId": %s, "quantity": 2, "price": 0.01}, {"menuItemId": %s, "quantity": 3}],
                 "deliveryAddress": "Main street 1", "paymentMethod": "CASH_ON_DELIVERY", "comment": "ring twice"}""".formatted(margherita, cola));

        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
        JsonNode order = json(response);
        assertThat(response.headers().firstValue("Location"))
                .contains("/api/v1/orders/" + order.get("uid").asText());
        assertThat(order.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("23.60");
        assertThat(ApiClient.text(response)).contains("\"total\":23.60");
        assertThat(order.get("currency").asText()).isEqualTo("EUR");
        assertThat(order.get("itemCount").asInt()).isEqualTo(5);
        assertThat(order.get("items").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("8.50");
        assertThat(order.get("items").get(0).get("cost").decimalValue()).isEqualByComparingTo("17.00");
        assertThat(order.get("items").get(0).get("name").asText()).isEqualTo("Margherita");
        Instant registered = Instant.parse(order.get("registeredAt").asText());
        assertThat(Instant.parse(order.get("estimatedReadyAt").asText())).isAfter(registered);
        assertThat(Instant.parse(order.get("estimatedDeliveryAt").asText()))
                .isAfter(Instant.parse(order.get("estimatedReadyAt").asText()));
        assertThat(order.get("cookingStartedAt").isNull()).isTrue();
        assertThat(order.get("paymentStatus").asText()).isEqualTo("PENDING");
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstOrder() {
        String token = customers.newCustomer();
        String key = key();

        HttpResponse<byte[]> first = customers.place(token, key, orderBody(margherita, 1, "CASH_ON_DELIVERY"));
        HttpResponse<byte[]> again = customers.place(token, key, orderBody(margherita, 1, "CASH_ON_DELIVERY"));

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("uid")).isEqualTo(json(first).get("uid"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(countOrdersOf(token)).isEqualTo(1);
        assertProblem(customers.place(token, key, orderBody(margherita, 2, "CASH_ON_DELIVERY")), 422);
        assertThat(countOrdersOf(token)).isEqualTo(1);
    }

    @Test
    void racingRequestsWithOneKeyMakeOneOrder() throws Exception {
        String token = customers.newCustomer();
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(pool.submit(() -> customers.place(token, key, orderBody(cola, 2, "CASH_ON_DELIVERY"))));
            }
            Set<String> uids = new HashSet<>();
            for (Future<HttpResponse<byte[]>> response : responses) {
                HttpResponse<byte[]> done = response.get();
                assertThat(done.statusCode()).as(ApiClient.text(done)).isIn(201, 409);
                if (done.statusCode() == 201) {
                    uids.add(json(done).get("uid").asText());
                }
            }
            assertThat(uids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countOrdersOf(token)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCustomer() {
        String anna = customers.newCustomer();
        String bob = customers.newCustomer();
        String key = key();

        String annas = customers.placed(anna, key, orderBody(cola, 1, "CASH_ON_DELIVERY"));
        String bobs = customers.placed(bob, key, orderBody(cola, 1, "CASH_ON_DELIVERY"));

        assertThat(bobs).isNotEqualTo(annas);
    }

    @Test
    void anItemRetiredAMomentAgoCannotBeOrdered() {
        String token = customers.newCustomer();
        int special = kitchen.addItem(kitchen.addCategory("Specials"), "Truffle pizza", "19.90");
        assertThat(kitchen.delete("/api/v1/ops/menu-items/" + special).statusCode())
                .isEqualTo(204);

        assertFieldError(customers.place(token, orderBody(special, 1, "CASH_ON_DELIVERY")), "items[0].menuItemId");
        assertThat(countOrdersOf(token)).isZero();
    }

    @Test
    void theListIsNewestFirstInPagesAndCanShowPendingOnly() {
        String token = customers.newCustomer();
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(0, customers.placed(token, orderBody(cola, i + 1, "CASH_ON_DELIVERY")));
        }
        api.call("POST", "/api/v1/orders/" + placed.get(0) + "/cancel", "Authorization", "Bearer " + token);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page =
                    json(customers.get(token, "/api/v1/orders?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("orders").forEach(order -> seen.add(order.get("uid").asText()));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).containsExactlyElementsOf(placed);
        assertThat(pages).isEqualTo(3);

        JsonNode pending = json(customers.get(token, "/api/v1/orders?status=pending"));
        assertThat(pending.get("orders").size()).isEqualTo(4);
        JsonNode first = pending.get("orders").get(0);
        assertThat(first.get("itemCount").asInt()).isEqualTo(4);
        assertThat(first.get("total").decimalValue()).isEqualByComparingTo("8.80");
    }

    @Test
    void anOrderIsRevalidatedByItsTagAndAChangeAlwaysAnswersWithItsBody() {
        String token = customers.newCustomer();
        String uid = customers.placed(token, orderBody(margherita, 1, "CASH_ON_DELIVERY"));
        String order = "/api/v1/orders/" + uid;

        HttpResponse<byte[]> first = customers.get(token, order);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).contains("private, no-cache");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = api.get(order, "Authorization", "Bearer " + token, "If-None-Match", tag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).contains(tag);

        String list = "/api/v1/orders?status=pending";
        String listTag = customers.get(token, list).headers().firstValue("ETag").orElseThrow();
        assertThat(api.get(list, "Authorization", "Bearer " + token, "If-None-Match", listTag)
                        .statusCode())
                .isEqualTo(304);

        // A change is made whatever If-None-Match says, and answered with the body that shows it.
        HttpResponse<byte[]> cooking = api.json(
                "POST",
                "/api/v1/ops/orders/" + uid + "/events",
                "{\"type\":\"COOKING_STARTED\"}",
                "X-Service-Key",
                SERVICE_KEY,
                "If-None-Match",
                "*");
        assertThat(cooking.statusCode()).isEqualTo(200);
        assertThat(json(cooking).get("status").asText()).isEqualTo("COOKING");
        HttpResponse<byte[]> changed = api.get(order, "Authorization", "Bearer " + token, "If-None-Match", tag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("status").asText()).isEqualTo("COOKING");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(api.get(list, "Authorization", "Bearer " + token, "If-None-Match", listTag)
                        .statusCode())
                .isEqualTo(200);

        String other = customers.placed(token, orderBody(cola, 1, "CASH_ON_DELIVERY"));
        HttpResponse<byte[]> cancelled = api.call(
                "POST",
                "/api/v1/orders/" + other + "/cancel",
                "Authorization",
                "Bearer " + token,
                "If-None-Match",
                "*");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.headers().firstValue("ETag")).isPresent();
        assertThat(api.get(
                                "/api/v1/orders/" + other,
                                "Authorization",
                                "Bearer " + token,
                                "If-None-Match",
                                cancelled.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .as("what the cancel answered is what a read of the order gives, to the microsecond")
                .isEqualTo(304);
    }

    @Test
    void aCancelRacingTheKitchenHasExactlyOneWinner() throws Exception {
        String token = customers.newCustomer();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                String uid = customers.placed(token, orderBody(cola, 1, "CASH_ON_DELIVERY"));
                Callable<Integer> cancel =
                        () -> api.call("POST", "/api/v1/orders/" + uid + "/cancel", "Authorization", "Bearer " + token)
                                .statusCode();
                Callable<Integer> cook = () -> kitchen.ops(
                                "POST", "/api/v1/ops/orders/" + uid + "/events", "{\"type\":\"COOKING_STARTED\"}")
                        .statusCode();
                Future<Integer> cancelled = pool.submit(cancel);
                Future<Integer> cooked = pool.submit(cook);

                assertThat(List.of(cancelled.get(), cooked.get()))
                        .as("round %d", round)
                        .containsExactlyInAnyOrder(200, 409);
                String status = json(customers.get(token, "/api/v1/orders/" + uid))
                        .get("status")
                        .asText();
                assertThat(status).isEqualTo(cancelled.get() == 200 ? "CANCELLED" : "COOKING");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ----------------------------------------------------------------------------------------------

    @Test
    void anOrderBorrowsOneConnection_itsTokenIsCheckedInTheKeysClaim() {
        String token = customers.newCustomer();
        assertThat(customers
                        .place(token, key(), orderBody(margherita, 1, "CASH_ON_DELIVERY"))
                        .statusCode())
                .isEqualTo(201);
        int orders = 20;
        double before = connectionsBorrowed();

        for (int i = 0; i < orders; i++) {
            assertThat(customers
                            .place(token, key(), orderBody(margherita, 1, "CASH_ON_DELIVERY"))
                            .statusCode())
                    .isEqualTo(201);
        }

        // One borrow per order, for its one unit of work; a separate token check would make it two (40 here).
        // The margin is for the service's background jobs, which borrow from the same pool meanwhile.
        assertThat(connectionsBorrowed() - before)
                .as("connections borrowed from the pool for %s orders", orders)
                .isGreaterThanOrEqualTo(orders)
                .isLessThan(orders * 3 / 2.0);
    }

    @Test
    void aBadTokenIsA401BeforeTheBodysRefusals_andClaimsNothing() {
        String token = customers.newCustomer();
        String key = key();
        String unknown = "Bearer " + "x".repeat(43);

        assertProblem(
                api.json("POST", "/api/v1/orders", "{\"items\": 3}", "Authorization", unknown, "Idempotency-Key", key),
                401);
        assertProblem(
                api.send(
                        "POST",
                        "/api/v1/orders",
                        "text/plain",
                        "pizza".getBytes(StandardCharsets.UTF_8),
                        "Authorization",
                        unknown,
                        "Idempotency-Key",
                        key),
                401);
        assertProblem(
                api.json(
                        "POST",
                        "/api/v1/orders",
                        orderBody(margherita, 1, "CASH_ON_DELIVERY"),
                        "Authorization",
                        unknown,
                        "Idempotency-Key",
                        key),
                401);

        HttpResponse<byte[]> placed = customers.place(token, key, orderBody(margherita, 1, "CASH_ON_DELIVERY"));
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    /** The pool's borrows so far, as its metrics count them. */
    private static double connectionsBorrowed() {
        Matcher count = Pattern.compile(
                        "(?m)^hikaricp_connections_acquire_seconds_count\\{pool=\"customerbackend\"} ([0-9.E]+)$")
                .matcher(ApiClient.text(api.get("/metrics")));
        assertThat(count.find()).as("the pool's acquire count in /metrics").isTrue();
        return Double.parseDouble(count.group(1));
    }

    private static int countOrdersOf(String token) {
        JsonNode page = json(customers.get(token, "/api/v1/orders?limit=100"));
        int viaApi = page.get("orders").size();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement();
                ResultSet lines =
                        sql.executeQuery("select count(*) from delivery_orderitem_c i join delivery_order_c o "
                                + "on o.delivery_order_c_id = i.order_id where o.order_uid::text in ("
                                + quotedUids(page) + ")")) {
            lines.next();
            // every order listed has its lines; none is half-written
            assertThat(lines.getInt(1)).isGreaterThanOrEqualTo(viaApi);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        return viaApi;
    }

    private static String quotedUids(JsonNode page) {
        List<String> uids = new ArrayList<>();
        page.get("orders").forEach(order -> uids.add("'" + order.get("uid").asText() + "'"));
        return uids.isEmpty() ? "''" : String.join(",", uids);
    }
}
