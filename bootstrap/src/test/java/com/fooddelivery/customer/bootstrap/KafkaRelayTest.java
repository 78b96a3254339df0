package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fooddelivery.customer.adapter.messaging.KafkaBroker;
import com.fooddelivery.customer.adapter.messaging.KafkaSettings;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real Kafka broker (KRaft, child JVM), with two instances on one database whose
 * relays compete for the lease, as behind a load balancer.
 */
class KafkaRelayTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    private static final String PASSWORD = CustomerCalls.PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ARRIVE_WITHIN = Duration.ofSeconds(90);

    private static KafkaBroker broker;
    private static DatabaseSettings database;
    private static CustomerBackend one;
    private static CustomerBackend two;
    private static ApiClient api;
    private static ApiClient other;
    private static int pizza;
    private static CustomerCalls calls;
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();

    @BeforeAll
    static void start() {
        broker = KafkaBroker.start(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC);
        database = TestPostgres.freshDatabase();
        one = TestBackends.start(
                database, "SERVICE_KEYS", SERVICE_KEY, "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        two = TestBackends.start(
                database, "SERVICE_KEYS", SERVICE_KEY, "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        api = new ApiClient(one.port());
        other = new ApiClient(two.port());
        pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
        calls = new CustomerCalls(api, other, SERVICE_KEY, pizza);
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
        broker.close();
    }

    @Test
    void everyKindOfEventArrivesOnceOnItsTopicWithItsKeyInOrderPerKeyMatchingItsSchema() {
        long after = calls.end();
        String token = calls.customer();
        calls.bearer("PATCH", "/api/v1/customers/me", token, "{\"deliveryAddress\":\"Elm street 2\"}", 200);
        calls.bearer("POST", "/api/v1/customers/me/password", token, """
                {"currentPassword": "%s", "newPassword": "%s 2"}""".formatted(PASSWORD, PASSWORD), 204);
        String cash = calls.place(token, "CASH_ON_DELIVERY");
        calls.report(cash, """
                {"type": "COOKING_STARTED", "estimatedReadyAt": "2099-01-01T10:00:00Z",
                 "estimatedDeliveryAt": "2099-01-01T10:30:00Z"}""");
        for (String step : List.of("COOKING_FINISHED", "DELIVERY_STARTED", "PAYMENT_COLLECTED", "DELIVERED")) {
            calls.report(cash, """
                    {"type": "%s"}""".formatted(step));
            if (step.equals("DELIVERY_STARTED")) {
                assertThat(api.json(
                                        "POST",
                                        "/api/v1/ops/orders/" + cash + "/courier-position",
                                        """
                                        {"lat": 52.52, "lon": 13.405, "at": "%s", "heading": 90, "speed": 5.5}""".formatted(Instant.now()),
                                        "X-Service-Key",
                                        SERVICE_KEY)
                                .statusCode())
                        .isEqualTo(200);
            }
        }
        calls.bearer("PUT", "/api/v1/orders/" + cash + "/rating", token, "{\"food\":2,\"delivery\":5}", 200);
        String card = calls.place(token, "CARD");
        calls.pay(token, card, "4000000000000002", "123", 201);
        calls.pay(token, card, "4242424242424242", "123", 201);
        calls.pay(token, calls.place(token, "CARD"), "4000002760003184", "123", 202);
        calls.bearer("POST", "/api/v1/orders/" + calls.place(token, "CASH_ON_DELIVERY") + "/cancel", token, null, 200);
        calls.cardChanges(token, "4242424242424242", "123");
        calls.bearer("DELETE", "/api/v1/sessions/current", token, null, 204);
        List<JsonNode> recorded = calls.events(after);

        Map<String, ConsumerRecord<String, String>> arrived = consumeUntil(ids(recorded), false);

        Set<String> kinds = new HashSet<>();
        for (JsonNode event : recorded) {
            String type = event.get("type").asText();
            kinds.add(type);
            ConsumerRecord<String, String> record = arrived.get(event.get("id").asText());
            assertThat(record.topic()).as(type).isEqualTo(CONTRACT.topicOf(type));
            assertThat(record.key()).as(type).isEqualTo(event.get("subject").asText());
            assertThat(header(record, "ce_type")).isEqualTo(type);
            assertThat(read(record.value())).as(type).isEqualTo(event.get("data"));
            assertThat(CONTRACT.violations(type, read(record.value()), headers(record)))
                    .as(type)
                    .isEmpty();
        }
        assertThat(kinds)
                .as("every kind but a refund's and a timeout's, which the use-case tests cover")
                .hasSize(CONTRACT.types().size() - 1);
        assertPerKeyOrder(arrived, ids(recorded));
    }

    @Test
    void aBrokerOutageFailsNoRequestAndEveryEventArrivesOnceItIsBack() throws Exception {
        String token = calls.customer();
        long after = calls.end();
        broker.stop();
        try {
            for (int i = 0; i < 3; i++) {
                calls.place(token, "CASH_ON_DELIVERY");
            }
            assertThat(api.get("/health/ready").statusCode())
                    .as("the broker is not the customer's path")
                    .isEqualTo(200);
            assertThat(metric("events_unpublished")).isGreaterThanOrEqualTo(3);
            Thread.sleep(1500);
            assertThat(metric("events_oldest_unpublished_age_seconds")).isGreaterThan(1.0);
        } finally {
            broker.restart();
        }
        List<JsonNode> recorded = calls.events(after);
        assertThat(recorded).hasSize(3);

        // At least once, not exactly once: a batch the broker wrote as it went down, with its answer lost,
        // is sent again when it is back.
        Map<String, ConsumerRecord<String, String>> arrived = consumeUntil(ids(recorded), true);

        assertThat(arrived.keySet()).containsAll(ids(recorded));
        assertPerKeyOrder(arrived, ids(recorded));
    }

    // ----------------------------------------------------------------------------------------------

    /**
     * Each key's events among these ids, first copies in the order they arrived, follow their sequence.
     * Other tests' events are left out: the outage test stops the broker while they may be in flight.
     */
    private static void assertPerKeyOrder(Map<String, ConsumerRecord<String, String>> arrived, Set<String> ids) {
        Map<String, List<Long>> sequences = new HashMap<>();
        arrived.values().stream()
                .filter(record -> ids.contains(header(record, "ce_id")))
                .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                .forEach(record -> sequences
                        .computeIfAbsent(record.topic() + "/" + record.key(), key -> new ArrayList<>())
                        .add(Long.parseLong(header(record, "ce_sequence"))));
        sequences.forEach((key, order) -> assertThat(order).as(key).isSorted());
    }

    /**
     * Reads both topics from the start until every id has arrived, keeping each id's first copy; unless
     * copies are allowed, a second copy of one of these ids, which two relays publishing at once would
     * produce, fails the test. Other tests' events are not judged here: the outage test may resend them.
     */
    private static Map<String, ConsumerRecord<String, String>> consumeUntil(Set<String> ids, boolean copiesAllowed) {
        Map<String, ConsumerRecord<String, String>> first = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                broker.consumerFromStart(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC)) {
            long deadline = System.nanoTime() + ARRIVE_WITHIN.toNanos();
            while (!first.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = header(record, "ce_id");
                    if (first.putIfAbsent(id, record) != null && ids.contains(id)) {
                        duplicates.add(id);
                    }
                }
            }
            // One more poll where copies are judged: a duplicate published right behind the last first
            // copy shows up now.
            if (!copiesAllowed) {
                consumer.poll(Duration.ofSeconds(2)).forEach(record -> {
                    String id = header(record, "ce_id");
                    if (first.putIfAbsent(id, record) != null && ids.contains(id)) {
                        duplicates.add(id);
                    }
                });
            }
        }
        assertThat(first.keySet()).as("arrived within " + ARRIVE_WITHIN).containsAll(ids);
        if (!copiesAllowed) {
            assertThat(duplicates).as("published once by one relay").isEmpty();
        }
        return first;
    }

    private static Set<String> ids(List<JsonNode> events) {
        Set<String> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.get("id").asText()));
        return ids;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ObjectNode headers(ConsumerRecord<String, String> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException notJson) {
            throw new IllegalStateException(notJson);
        }
    }

    private static double metric(String name) {
        String text = ApiClient.text(api.get("/metrics"));
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+|NaN)$")
                .matcher(text);
        assertThat(line.find()).as(name + " in /metrics").isTrue();
        return Double.parseDouble(line.group(1));
    }
}
