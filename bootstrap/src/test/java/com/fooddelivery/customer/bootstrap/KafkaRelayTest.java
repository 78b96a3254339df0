package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fooddelivery.customer.adapter.messaging.KafkaBroker;
import com.fooddelivery.customer.adapter.messaging.KafkaSettings;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real Kafka broker (KRaft, child JVM), with two instances on one database whose
 * relays compete for the lease, as behind a load balancer.
 */
class KafkaRelayTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    private static final String PASSWORD = "correct horse battery";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ARRIVE_WITHIN = Duration.ofSeconds(90);

    private static KafkaBroker broker;
    private static DatabaseSettings database;
    private static CustomerBackend one;
    private static CustomerBackend two;
    private static ApiClient api;
    private static ApiClient other;
    private static int pizza;
    private static final AsyncApiContract CONTRACT = new AsyncApiContract();

    @BeforeAll
    static void start() {
        broker = KafkaBroker.start(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC);
        database = TestPostgres.freshDatabase();
        one = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY, "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        two = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY, "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        api = new ApiClient(one.port());
        other = new ApiClient(two.port());
        pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
        broker.close();
    }

    @Test
    void everyKindOfEventArrivesOnceOnItsTopicWithItsKeyInOrderPerKeyMatchingItsSchema() {
        long after = end();
        String token = customer();
        bearer("PATCH", "/api/v1/customers/me", token, "{\"deliveryAddress\":\"Elm street 2\"}", 200);
        bearer("POST", "/api/v1/customers/me/password", token,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + PASSWORD + " 2\"}", 204);
        String cash = place(token, "CASH_ON_DELIVERY");
        kitchen(cash, "{\"type\":\"COOKING_STARTED\",\"estimatedReadyAt\":\"2099-01-01T10:00:00Z\","
                + "\"estimatedDeliveryAt\":\"2099-01-01T10:30:00Z\"}");
        for (String step : List.of("COOKING_FINISHED", "DELIVERY_STARTED", "PAYMENT_COLLECTED", "DELIVERED")) {
            kitchen(cash, "{\"type\":\"" + step + "\"}");
            if (step.equals("DELIVERY_STARTED")) {
                assertThat(api.json("POST", "/api/v1/ops/orders/" + cash + "/courier-position", "{\"lat\":52.52,"
                        + "\"lon\":13.405,\"at\":\"" + Instant.now() + "\",\"heading\":90,\"speed\":5.5}",
                        "X-Service-Key", SERVICE_KEY).statusCode()).isEqualTo(200);
            }
        }
        String card = place(token, "CARD");
        pay(token, card, "4000000000000002", 201);
        pay(token, card, "4242424242424242", 201);
        bearer("POST", "/api/v1/orders/" + place(token, "CASH_ON_DELIVERY") + "/cancel", token, null, 200);
        bearer("DELETE", "/api/v1/sessions/current", token, null, 204);
        List<JsonNode> recorded = feed(after);

        Map<String, ConsumerRecord<String, String>> arrived = consumeUntil(ids(recorded));

        Set<String> kinds = new HashSet<>();
        for (JsonNode event : recorded) {
            String type = event.get("type").asText();
            kinds.add(type);
            ConsumerRecord<String, String> record = arrived.get(event.get("id").asText());
            assertThat(record.topic()).as(type).isEqualTo(CONTRACT.topicOf(type));
            assertThat(record.key()).as(type).isEqualTo(event.get("subject").asText());
            assertThat(header(record, "ce_type")).isEqualTo(type);
            assertThat(read(record.value())).as(type).isEqualTo(event.get("data"));
            assertThat(CONTRACT.violations(type, read(record.value()), headers(record))).as(type).isEmpty();
        }
        assertThat(kinds).as("every kind but a refund's and a timeout's, which the use-case tests cover")
                .hasSize(CONTRACT.types().size() - 1);
        assertPerKeyOrder(recorded, arrived);
    }

    @Test
    void aBrokerOutageFailsNoRequestAndEveryEventArrivesOnceItIsBack() throws Exception {
        String token = customer();
        long after = end();
        broker.stop();
        try {
            for (int i = 0; i < 3; i++) {
                place(token, "CASH_ON_DELIVERY");
            }
            assertThat(api.get("/health/ready").statusCode()).as("the broker is not the customer's path").isEqualTo(200);
            assertThat(metric("events_unpublished")).isGreaterThanOrEqualTo(3);
            Thread.sleep(1500);
            assertThat(metric("events_oldest_unpublished_age_seconds")).isGreaterThan(1.0);
        } finally {
            broker.restart();
        }
        List<JsonNode> recorded = feed(after);
        assertThat(recorded).hasSize(3);

        Map<String, ConsumerRecord<String, String>> arrived = consumeUntil(ids(recorded));

        assertThat(arrived.keySet()).containsAll(ids(recorded));
        assertPerKeyOrder(recorded, arrived);
    }

    // ----------------------------------------------------------------------------------------------

    /** Each key's events, first copies in the order they arrived, follow their sequence. */
    private static void assertPerKeyOrder(List<JsonNode> recorded, Map<String, ConsumerRecord<String, String>> arrived) {
        Map<String, List<Long>> sequences = new HashMap<>();
        arrived.values().stream()
                .sorted((a, b) -> Long.compare(a.offset(), b.offset()))
                .forEach(record -> sequences.computeIfAbsent(record.topic() + "/" + record.key(), key -> new ArrayList<>())
                        .add(Long.parseLong(header(record, "ce_sequence"))));
        sequences.forEach((key, order) -> assertThat(order).as(key).isSorted());
    }

    /**
     * Reads both topics from the start until every id has arrived, keeping each id's first copy; a second
     * copy of an id, which two relays publishing at once would produce, fails the test.
     */
    private static Map<String, ConsumerRecord<String, String>> consumeUntil(Set<String> ids) {
        Map<String, ConsumerRecord<String, String>> first = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC));
            long deadline = System.nanoTime() + ARRIVE_WITHIN.toNanos();
            while (!first.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = header(record, "ce_id");
                    if (first.putIfAbsent(id, record) != null) {
                        duplicates.add(id);
                    }
                }
            }
            // One more poll: a duplicate published right behind the last first copy shows up now.
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> {
                if (first.putIfAbsent(header(record, "ce_id"), record) != null) {
                    duplicates.add(header(record, "ce_id"));
                }
            });
        }
        assertThat(first.keySet()).as("arrived within " + ARRIVE_WITHIN).containsAll(ids);
        assertThat(duplicates).as("published once by one relay").isEmpty();
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
        } catch (java.io.IOException notJson) {
            throw new IllegalStateException(notJson);
        }
    }

    private static double metric(String name) {
        String text = ApiClient.text(api.get("/metrics"));
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+|NaN)$").matcher(text);
        assertThat(line.find()).as(name + " in /metrics").isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static List<JsonNode> feed(long after) {
        List<JsonNode> events = new ArrayList<>();
        json(api.get("/api/v1/ops/events?limit=1000&after=" + after, "X-Service-Key", SERVICE_KEY))
                .get("events").forEach(events::add);
        return events;
    }

    private static long end() {
        long last = 0;
        for (List<JsonNode> more = feed(0); !more.isEmpty(); more = feed(last)) {
            last = more.get(more.size() - 1).get("position").asLong();
        }
        return last;
    }

    private static String customer() {
        return api.signedInCustomer("k" + UUID.randomUUID().toString().substring(0, 8),
                "+49152" + (int) (Math.random() * 9_000_000 + 1_000_000), PASSWORD);
    }

    private static String place(String token, String method) {
        HttpResponse<byte[]> response = api.json("POST", "/api/v1/orders", "{\"items\":[{\"menuItemId\":" + pizza
                        + ",\"quantity\":1}],\"deliveryAddress\":\"Main street 1\",\"paymentMethod\":\"" + method + "\"}",
                "Authorization", "Bearer " + token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
        return json(response).get("uid").asText();
    }

    private static void pay(String token, String uid, String number, int status) {
        HttpResponse<byte[]> response = api.json("POST", "/api/v1/orders/" + uid + "/payments",
                "{\"card\":{\"number\":\"" + number + "\",\"expMonth\":12,\"expYear\":2030,\"cvc\":\"123\","
                        + "\"holder\":\"Kim Smith\"}}",
                "Authorization", "Bearer " + token, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
    }

    private static void kitchen(String uid, String body) {
        HttpResponse<byte[]> response = other.json("POST", "/api/v1/ops/orders/" + uid + "/events", body,
                "X-Service-Key", SERVICE_KEY);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(200);
    }

    private static void bearer(String method, String path, String token, String body, int status) {
        HttpResponse<byte[]> response = body == null ? api.call(method, path, "Authorization", "Bearer " + token)
                : api.json(method, path, body, "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
    }
}
