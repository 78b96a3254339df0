package com.fooddelivery.customer.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.event.RecordedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The publisher against a real Kafka broker. */
class KafkaEventPublisherTest {

    private static KafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaBroker.start(KafkaSettings.ORDERS_TOPIC, KafkaSettings.ACCOUNTS_TOPIC);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void eventsGoToTheirTopicKeyedByTheirSubjectAsBinaryModeCloudEventsInOrderPerKey() {
        String order = UUID.randomUUID().toString();
        String customer = UUID.randomUUID().toString();
        List<RecordedEvent> events = List.of(
                event(1, "customer.registered", customer, 1),
                event(2, "order.placed", order, 1),
                event(3, "order.cooking-started", order, 2),
                event(4, "customer.session-ended", customer, 2),
                event(5, "order.delivered", order, 3));

        try (KafkaEventPublisher publisher =
                new KafkaEventPublisher(KafkaSettings.plaintext(broker.bootstrapServers()))) {
            publisher.publish(events);
        }

        List<ConsumerRecord<String, String>> orders = read(KafkaSettings.ORDERS_TOPIC, 3);
        List<ConsumerRecord<String, String>> accounts = read(KafkaSettings.ACCOUNTS_TOPIC, 2);
        assertThat(orders).extracting(ConsumerRecord::key).containsOnly(order);
        assertThat(orders)
                .extracting(record -> header(record, "ce_type"))
                .containsExactly(
                        "com.fooddelivery.customer.order.placed.v1",
                        "com.fooddelivery.customer.order.cooking-started.v1",
                        "com.fooddelivery.customer.order.delivered.v1");
        assertThat(accounts).extracting(ConsumerRecord::key).containsOnly(customer);
        ConsumerRecord<String, String> first = orders.get(0);
        assertThat(first.value()).isEqualTo("{\"n\":2}");
        assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(first, "ce_id")).isEqualTo(events.get(1).id().toString());
        assertThat(header(first, "ce_source")).isEqualTo("/fooddelivery/customerbackend");
        assertThat(header(first, "ce_subject")).isEqualTo(order);
        assertThat(header(first, "ce_time")).isEqualTo("2026-12-06T02:00:02Z");
        assertThat(header(first, "ce_position")).isEqualTo("2");
        assertThat(header(first, "ce_sequence")).isEqualTo("1");
        assertThat(header(first, "content-type")).isEqualTo("application/json");
    }

    private static RecordedEvent event(long position, String name, String subject, long sequence) {
        return new RecordedEvent(
                position,
                UUID.randomUUID(),
                "com.fooddelivery.customer." + name + ".v1",
                subject,
                sequence,
                Instant.parse("2026-12-06T02:00:00Z").plusSeconds(position),
                """
                {"n":%s}""".formatted(position));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = broker.consumerFromStart(topic)) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
