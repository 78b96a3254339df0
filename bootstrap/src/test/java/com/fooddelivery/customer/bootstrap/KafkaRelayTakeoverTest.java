package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.messaging.KafkaBroker;
import com.fooddelivery.customer.adapter.messaging.KafkaSettings;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The instance that relays is SIGKILLed while orders keep coming in through another instance: the
 * other takes the lease over and every event reaches Kafka (a batch may come twice, none goes missing),
 * each key's events in order.
 */
class KafkaRelayTakeoverTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    private static final Pattern LISTENING = Pattern.compile("customerbackend listening on port (\\d+)");
    private static final String LEASE = "this instance holds the lease";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void whenTheRelayingInstanceIsKilledAnotherTakesOverAndNoEventIsLost() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        try (KafkaBroker broker = KafkaBroker.start(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC)) {
            List<String> relayLog = new CopyOnWriteArrayList<>();
            Process relaying = startChild(database, broker, relayLog);
            try (CustomerBackend survivor = TestBackends.start(
                    database, "SERVICE_KEYS", SERVICE_KEY, "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers())) {
                ApiClient api = new ApiClient(survivor.port());
                CustomerCalls calls = new CustomerCalls(
                        api, api, SERVICE_KEY, api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50"));
                String token = calls.customer();
                AtomicBoolean ordering = new AtomicBoolean(true);
                CompletableFuture<Integer> placed = CompletableFuture.supplyAsync(() -> {
                    int count = 0;
                    while (ordering.get()) {
                        calls.place(token, "CASH_ON_DELIVERY");
                        count++;
                    }
                    return count;
                });
                Thread.sleep(1500);
                relaying.destroyForcibly();
                assertThat(relaying.waitFor(30, TimeUnit.SECONDS)).isTrue();
                Thread.sleep(1500);
                ordering.set(false);
                assertThat(placed.get(30, TimeUnit.SECONDS))
                        .as("orders placed around the kill")
                        .isGreaterThan(5);
                assertThat(relayLog).as("the killed instance was the relay").anyMatch(line -> line.contains(LEASE));

                List<JsonNode> recorded = calls.events(0);
                Map<String, List<Long>> firstCopies = consume(broker, ids(recorded));

                firstCopies.forEach(
                        (key, sequences) -> assertThat(sequences).as(key).isSorted());
            }
        }
    }

    /** The service in a JVM of its own on the shared database and broker; returns once it serves. */
    private static Process startChild(DatabaseSettings database, KafkaBroker broker, List<String> output)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(TestBackends.childJvm()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORT", "0");
        env.put("DB_URL", database.jdbcUrl());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());
        env.put("SERVICE_KEYS", SERVICE_KEY);
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        Process process = builder.start();
        CompletableFuture<Void> leading = new CompletableFuture<>();
        CompletableFuture<Void> serving = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            output.add(line);
                            if (LISTENING.matcher(line).find()) {
                                serving.complete(null);
                            }
                            if (line.contains(LEASE)) {
                                leading.complete(null);
                            }
                        }
                    } catch (IOException closed) {
                        // The process was killed.
                    }
                },
                "relay-child-log");
        reader.setDaemon(true);
        reader.start();
        try {
            serving.get(120, TimeUnit.SECONDS);
            leading.get(30, TimeUnit.SECONDS);
        } catch (Exception failure) {
            process.destroyForcibly();
            throw new AssertionError(
                    "the relaying instance did not start; its output:\n" + String.join("\n", output), failure);
        }
        return process;
    }

    private static Set<String> ids(List<JsonNode> events) {
        Set<String> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.get("id").asText()));
        return ids;
    }

    /** Reads both topics until every id arrived; returns each key's sequence numbers of first copies, in arrival order. */
    private static Map<String, List<Long>> consume(KafkaBroker broker, Set<String> ids) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Long>> sequences = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                broker.consumerFromStart(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!seen.containsAll(ids) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
                    if (seen.add(id)) {
                        sequences
                                .computeIfAbsent(record.key(), key -> new ArrayList<>())
                                .add(Long.parseLong(new String(
                                        record.headers()
                                                .lastHeader("ce_sequence")
                                                .value(),
                                        StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        assertThat(seen)
                .as("every recorded event arrived, none lost with the killed relay")
                .containsAll(ids);
        return sequences;
    }
}
