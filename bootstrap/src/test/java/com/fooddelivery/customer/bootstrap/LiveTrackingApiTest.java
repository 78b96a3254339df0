package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.adapter.http.ApiContract;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.http.SseClient;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's live streams over real sockets: the opening state, each change as it commits, an
 * exact resume with Last-Event-ID, the end of a finished order's stream and of a signed-out session's,
 * and the refusals. The server runs with its fewest request threads, so that streams which held one
 * would soon leave nothing for other requests.
 */
class LiveTrackingApiTest {

    private static final String SERVICE_KEY = "tracking-service-key-0123456789";
    /** Wide, about arrival and not speed: a stream event comes in milliseconds, or is lost. */
    private static final Duration SOON = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema EVENT_DATA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ApiContract.document()
                    .at("/components/schemas/OrderTrackingEvent")
                    .deepCopy());

    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static int item;

    @BeforeAll
    static void start() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY, "HTTP_MAX_THREADS", "16");
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        item = api.newMenuItem(SERVICE_KEY, "Noodles", "Ramen", "9.90");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aStreamOpensWithTheOrderAsItStandsThenShowsEachStepAndEndsAfterTheLast() throws Exception {
        String token = customers.newCustomer();
        String uid = place(token);
        try (SseClient stream = SseClient.open(
                backend.port(), "/api/v1/orders/" + uid + "/events", "Authorization", "Bearer " + token)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("text/event-stream");
            SseClient.Event state = stream.expect(SOON);
            assertThat(state.type()).isEqualTo("order-state");
            assertThat(data(state).get("status").asText()).isEqualTo("PROCESSING");
            assertThat(data(state).get("orderUid").asText()).isEqualTo(uid);
            assertThat(stream.retry()).isPositive();

            long last = state.position();
            String[][] steps = {
                {"COOKING_STARTED", "COOKING"},
                {"COOKING_FINISHED", "COOKING"},
                {"DELIVERY_STARTED", "IN_DELIVERY"},
                {"DELIVERED", "DELIVERED"}
            };
            for (String[] step : steps) {
                step(uid, step[0]);
                SseClient.Event event = stream.expect(SOON);
                assertThat(event.type()).isEqualTo("status-changed");
                assertThat(data(event).get("status").asText()).as(step[0]).isEqualTo(step[1]);
                assertThat(event.position()).isGreaterThan(last);
                last = event.position();
            }
            assertThat(stream.expect(SOON)).as("the stream ends after delivery").isEqualTo(SseClient.END);
        }
    }

    @Test
    void aClientThatReconnectsWithTheLastEventIdGetsExactlyWhatItMissed() throws Exception {
        String token = customers.newCustomer();
        String uid = place(token);
        String path = "/api/v1/orders/" + uid + "/events";
        long seen;
        try (SseClient first = SseClient.open(backend.port(), path, "Authorization", "Bearer " + token)) {
            first.expect(SOON);
            step(uid, "COOKING_STARTED");
            seen = first.expect(SOON).position();
        }
        step(uid, "COOKING_FINISHED");
        ops("POST", "/api/v1/ops/orders/" + uid + "/events", """
                {"type": "DELIVERY_STARTED", "estimatedDeliveryAt": "%s"}""".formatted(
                        Instant.now().plusSeconds(1800)));

        try (SseClient second = SseClient.open(
                backend.port(), path, "Authorization", "Bearer " + token, "Last-Event-ID", Long.toString(seen))) {
            List<SseClient.Event> missed = List.of(second.expect(SOON), second.expect(SOON), second.expect(SOON));
            for (SseClient.Event event : missed) {
                data(event);
            }
            assertThat(missed)
                    .extracting(SseClient.Event::type)
                    .containsExactly("status-changed", "status-changed", "estimates-revised");
            assertThat(missed)
                    .extracting(SseClient.Event::position)
                    .isSorted()
                    .doesNotHaveDuplicates()
                    .allMatch(position -> position > seen);
            step(uid, "DELIVERED");
            SseClient.Event delivered = second.expect(SOON);
            assertThat(data(delivered).get("status").asText()).isEqualTo("DELIVERED");
            assertThat(delivered.position()).isGreaterThan(missed.get(2).position());
            assertThat(second.expect(SOON)).isEqualTo(SseClient.END);
            // What the log holds for the order after the seen position, exactly once each.
            assertThat(logPositions(uid, seen))
                    .containsExactly(
                            missed.get(0).position(),
                            missed.get(1).position(),
                            missed.get(2).position(),
                            delivered.position());
        }
        try (SseClient after = SseClient.open(
                backend.port(),
                path,
                "Authorization",
                "Bearer " + token,
                "Last-Event-ID",
                Long.toString(seen + 1000))) {
            assertThat(after.status())
                    .as("a finished order has nothing more to say")
                    .isEqualTo(204);
        }
    }

    @Test
    void signingOutEndsTheStreamsOpenedThroughThatSession() throws Exception {
        String token = customers.newCustomer();
        String uid = place(token);
        try (SseClient one = SseClient.open(
                        backend.port(), "/api/v1/orders/" + uid + "/events", "Authorization", "Bearer " + token);
                SseClient all =
                        SseClient.open(backend.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token)) {
            one.expect(SOON);
            all.expect(SOON);
            assertThat(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token)
                            .statusCode())
                    .isEqualTo(204);

            assertThat(one.expect(SOON)).isEqualTo(SseClient.END);
            assertThat(all.expect(SOON)).isEqualTo(SseClient.END);
        }
    }

    @Test
    void theAllOrdersStreamShowsEveryOpenOrderAndTheNewOnes() throws Exception {
        String token = customers.newCustomer();
        String first = place(token);
        try (SseClient all =
                SseClient.open(backend.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token)) {
            SseClient.Event state = all.expect(SOON);
            assertThat(state.type()).isEqualTo("order-state");
            assertThat(data(state).get("orderUid").asText()).isEqualTo(first);
            String second = place(token);
            SseClient.Event placed = all.expect(SOON);
            assertThat(data(placed).get("orderUid").asText()).isEqualTo(second);
            step(first, "COOKING_STARTED");
            SseClient.Event cooking = all.expect(SOON);
            assertThat(data(cooking).get("orderUid").asText()).isEqualTo(first);
            assertThat(data(cooking).get("status").asText()).isEqualTo("COOKING");
        }
    }

    @Test
    void streamsAreRefusedWithoutATokenForAnotherCustomersOrderAndBeyondFivePerCustomer() throws Exception {
        String owner = customers.newCustomer();
        String stranger = customers.newCustomer();
        String uid = place(owner);
        String path = "/api/v1/orders/" + uid + "/events";
        try (SseClient none = SseClient.open(backend.port(), path)) {
            assertThat(none.status()).isEqualTo(401);
        }
        try (SseClient other = SseClient.open(backend.port(), path, "Authorization", "Bearer " + stranger)) {
            assertThat(other.status()).isEqualTo(404);
            assertThat(other.response().headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
        }
        try (SseClient unknown = SseClient.open(
                backend.port(),
                "/api/v1/orders/" + UUID.randomUUID() + "/events",
                "Authorization",
                "Bearer " + owner)) {
            assertThat(unknown.status()).isEqualTo(404);
        }
        try (SseClient bad = SseClient.open(
                backend.port(), path, "Authorization", "Bearer " + owner, "Last-Event-ID", "yesterday")) {
            assertThat(bad.status()).isEqualTo(400);
        }
        List<SseClient> five = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                five.add(SseClient.open(backend.port(), path, "Authorization", "Bearer " + owner));
                assertThat(five.get(i).status()).isEqualTo(200);
            }
            try (SseClient sixth =
                    SseClient.open(backend.port(), "/api/v1/orders/events", "Authorization", "Bearer " + owner)) {
                assertThat(sixth.status()).isEqualTo(429);
                assertThat(sixth.response().headers().firstValue("Content-Type"))
                        .get()
                        .asString()
                        .startsWith("application/problem+json");
            }
        } finally {
            five.forEach(SseClient::close);
        }
        // That a closed stream frees its place by the next heartbeat is TrackingRoutesTest's, with a short heartbeat.
    }

    @Test
    void theTokenMayComeInTheQueryForTheStreamsOnly() throws Exception {
        String token = customers.newCustomer();
        String uid = place(token);
        try (SseClient stream =
                SseClient.open(backend.port(), "/api/v1/orders/" + uid + "/events?access_token=" + token)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(data(stream.expect(SOON)).get("orderUid").asText()).isEqualTo(uid);
        }
        try (SseClient wrong = SseClient.open(backend.port(), "/api/v1/orders/events?access_token=nope")) {
            assertThat(wrong.status()).isEqualTo(401);
        }
        assertThat(api.get("/api/v1/orders/" + uid + "?access_token=" + token).statusCode())
                .as("other routes take the header only")
                .isEqualTo(401);
    }

    @Test
    void threeHundredOpenStreamsLeaveTheOtherRoutesAnswering() throws Exception {
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int customer = 0; customer < 60; customer++) {
                String token = customers.newCustomer();
                for (int i = 0; i < 5; i++) {
                    SseClient stream =
                            SseClient.open(backend.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token);
                    assertThat(stream.status()).isEqualTo(200);
                    streams.add(stream);
                }
            }
            for (int i = 0; i < 20; i++) {
                assertThat(api.get("/api/v1/categories").statusCode()).isEqualTo(200);
            }
            String token = customers.newCustomer();
            String uid = place(token);
            try (SseClient stream = SseClient.open(
                    backend.port(), "/api/v1/orders/" + uid + "/events", "Authorization", "Bearer " + token)) {
                stream.expect(SOON);
                step(uid, "COOKING_STARTED");
                assertThat(stream.expect(SOON).type()).isEqualTo("status-changed");
            }
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    @Test
    void theCourierIsOnTheMapOnlyWhileDeliveringAndEachPositionIsAStreamEvent() throws Exception {
        String token = customers.newCustomer();
        String uid = place(token);
        String position = "/api/v1/ops/orders/" + uid + "/courier-position";
        String berlin = """
                {"lat": 52.5208, "lon": 13.4094, "at": "%s", "heading": 270, "speed": 6.5}""".formatted(Instant.now());
        assertThat(ops("POST", position, berlin).statusCode())
                .as("not yet on its way")
                .isEqualTo(409);
        step(uid, "COOKING_STARTED");
        step(uid, "COOKING_FINISHED");
        step(uid, "DELIVERY_STARTED");
        try (SseClient stream = SseClient.open(
                backend.port(), "/api/v1/orders/" + uid + "/events", "Authorization", "Bearer " + token)) {
            assertThat(data(stream.expect(SOON)).get("courier").isNull()).isTrue();
            String now = Instant.now().toString();
            for (String[] bad : new String[][] {
                {"""
                     {"lat": 91, "lon": 13, "at": "%s"}""".formatted(now), "lat"},
                {"""
                     {"lat": 52, "lon": 1e400, "at": "%s"}""".formatted(now), "lon"},
                {"""
                     {"lat": 52, "lon": 13}""", "at"},
                {"""
                     {"lat": 52, "lon": 13, "at": "%s"}""".formatted(Instant.now().plusSeconds(3600)), "at"},
                {"""
                     {"lat": 52, "lon": 13, "at": "%s", "heading": 360}""".formatted(now), "heading"},
                {"""
                     {"lat": 52, "lon": 13, "at": "%s", "speed": -1}""".formatted(now), "speed"}
            }) {
                HttpResponse<byte[]> refused = ops("POST", position, bad[0]);
                assertThat(refused.statusCode()).as(bad[0]).isEqualTo(400);
                assertThat(ApiClient.text(refused)).as(bad[0]).contains("\"" + bad[1] + "\"");
            }
            assertThat(api.get("/api/v1/orders/" + uid, "Authorization", "Bearer " + token)
                            .body())
                    .asString()
                    .doesNotContain("courier");

            HttpResponse<byte[]> kept = ops("POST", position, berlin);

            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(json(kept).get("courier").get("lat").asDouble()).isEqualTo(52.5208);
            SseClient.Event moved = stream.expect(SOON);
            assertThat(moved.type()).isEqualTo("courier-position");
            assertThat(data(moved).get("courier").get("lon").asDouble()).isEqualTo(13.4094);
            JsonNode shown = json(api.get("/api/v1/orders/" + uid, "Authorization", "Bearer " + token));
            assertThat(shown.get("courier").get("lat").asDouble()).isEqualTo(52.5208);
            String older = """
                    {"lat": 1, "lon": 1, "at": "%s"}""".formatted(Instant.now().minusSeconds(600));
            assertThat(json(ops("POST", position, older))
                            .get("courier")
                            .get("lat")
                            .asDouble())
                    .as("a report measured before the kept one changes nothing")
                    .isEqualTo(52.5208);
            step(uid, "DELIVERED");
            SseClient.Event delivered = stream.expect(SOON);
            assertThat(delivered.type()).as("the older report made no event").isEqualTo("status-changed");
            assertThat(data(delivered).get("courier").isNull())
                    .as("no courier once delivered")
                    .isTrue();
        }
        assertThat(json(api.get("/api/v1/orders/" + uid, "Authorization", "Bearer " + token))
                        .has("courier"))
                .isFalse();
        assertThat(ops("POST", position, berlin).statusCode()).as("delivered").isEqualTo(409);
    }

    private static List<Long> logPositions(String uid, long after) {
        JsonNode page = json(ops("GET", "/api/v1/ops/events?after=" + after + "&limit=1000", null));
        List<Long> positions = new ArrayList<>();
        page.get("events").forEach(event -> {
            if (event.get("subject").asText().equals(uid)) {
                positions.add(event.get("position").asLong());
            }
        });
        return positions;
    }

    /** The event's data, which must match {@code OrderTrackingEvent} in the contract. */
    private static JsonNode data(SseClient.Event event) throws Exception {
        assertThat(event.type())
                .isIn("order-state", "status-changed", "payment-changed", "estimates-revised", "courier-position");
        assertThat(event.id()).matches("[1-9][0-9]*");
        JsonNode data = JSON.readTree(event.data());
        assertThat(EVENT_DATA.validate(data)).as(event.data()).isEmpty();
        return data;
    }

    private static String place(String token) {
        return customers.placed(token, orderBody(item, 1, "CASH_ON_DELIVERY"));
    }

    private static void step(String uid, String type) {
        assertThat(ops("POST", "/api/v1/ops/orders/" + uid + "/events", """
                {"type": "%s"}""".formatted(type))
                        .statusCode())
                .as(type)
                .isEqualTo(200);
    }

    private static HttpResponse<byte[]> ops(String method, String path, String body) {
        return body == null
                ? api.get(path, "X-Service-Key", SERVICE_KEY)
                : api.json(method, path, body, "X-Service-Key", SERVICE_KEY);
    }
}
