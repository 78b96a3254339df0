package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.http.SseClient;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live streams across two instances on one PostgreSQL: a change committed through one reaches a stream
 * held open on the other (woken by LISTEN/NOTIFY), and a session ended through one closes the other's
 * streams. (That a session's end closes its streams, without waiting a minute for one to run out, is
 * adapter-http-javalin's TrackingRoutesTest.) Arrival is asserted with a wide margin; the typical
 * latency is printed, not asserted.
 */
class LiveTrackingScaleOutTest {

    private static final String SERVICE_KEY = "tracking-scale-out-key-0123456789";
    /** Wide, about arrival and not speed: nothing but NOTIFY wakes the other instance, so a lost one never arrives. */
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private static CustomerBackend east;
    private static CustomerBackend west;
    private static ApiClient eastApi;
    private static ApiClient westApi;
    private static int item;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        east = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        west = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        eastApi = new ApiClient(east.port());
        westApi = new ApiClient(west.port());
        item = eastApi.newMenuItem(SERVICE_KEY, "Soups", "Borscht", "6.40");
    }

    @AfterAll
    static void stop() {
        east.close();
        west.close();
    }

    @Test
    void everyStepCommittedThroughOneInstanceReachesAStreamOnTheOther() throws Exception {
        String token = customer(westApi);
        List<Long> latenciesMillis = new ArrayList<>();
        for (int order = 0; order < 5; order++) {
            String uid = place(eastApi, token);
            try (SseClient stream = SseClient.open(
                    west.port(), "/api/v1/orders/" + uid + "/events", "Authorization", "Bearer " + token)) {
                assertThat(stream.expect(ARRIVAL).type()).isEqualTo("order-state");
                for (String step : List.of("COOKING_STARTED", "COOKING_FINISHED", "DELIVERY_STARTED", "DELIVERED")) {
                    long sent = System.nanoTime();
                    assertThat(eastApi.json(
                                            "POST",
                                            "/api/v1/ops/orders/" + uid + "/events",
                                            """
                            {"type": "%s"}""".formatted(step),
                                            "X-Service-Key",
                                            SERVICE_KEY)
                                    .statusCode())
                            .isEqualTo(200);
                    SseClient.Event event = stream.expect(ARRIVAL);
                    assertThat(event.type()).isEqualTo("status-changed");
                    latenciesMillis.add(
                            Duration.ofNanos(event.receivedAt() - sent).toMillis());
                }
                assertThat(stream.expect(ARRIVAL)).isEqualTo(SseClient.END);
            }
        }
        Collections.sort(latenciesMillis);
        System.out.printf(
                "cross-instance step -> stream event, request sent to event read: p50 %d ms, max %d ms (%d steps)%n",
                latenciesMillis.get(latenciesMillis.size() / 2),
                latenciesMillis.get(latenciesMillis.size() - 1),
                latenciesMillis.size());
    }

    @Test
    void aSessionEndedThroughOneInstanceClosesItsStreamsOnTheOther() throws Exception {
        String token = customer(westApi);
        String otherToken = new CustomerCalls(westApi).token(login(token));
        String sessionId = null;
        for (var session : json(westApi.get("/api/v1/sessions", "Authorization", "Bearer " + token))
                .get("sessions")) {
            if (session.get("current").asBoolean()) {
                sessionId = session.get("id").asText();
            }
        }
        assertThat(sessionId).isNotNull();
        place(eastApi, token);
        try (SseClient stream =
                SseClient.open(west.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token)) {
            assertThat(stream.expect(ARRIVAL).type()).isEqualTo("order-state");

            // The customer ends the first device's session from the second, through the other instance.
            assertThat(eastApi.call("DELETE", "/api/v1/sessions/" + sessionId, "Authorization", "Bearer " + otherToken)
                            .statusCode())
                    .isEqualTo(204);

            assertThat(stream.expect(ARRIVAL)).isEqualTo(SseClient.END);
        }
    }

    private static final Map<String, String> LOGINS = Collections.synchronizedMap(new HashMap<>());

    private static String customer(ApiClient api) {
        int n = PEOPLE.incrementAndGet();
        String login = "roamer" + n;
        String token = new CustomerCalls(api).signedIn(login, "+4940" + String.format("%07d", n));
        LOGINS.put(token, login);
        return token;
    }

    private static String login(String token) {
        return LOGINS.get(token);
    }

    private static String place(ApiClient api, String token) {
        return new CustomerCalls(api).placed(token, orderBody(item, 1, "CASH_ON_DELIVERY"));
    }
}
