package com.fooddelivery.customer.adapter.messaging;

import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.EventPublisher;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes events to Kafka as CloudEvents in the Kafka protocol binding's binary mode: the record's
 * value is the event's {@code data} as JSON and its attributes travel as {@code ce_} headers. Binary mode
 * keeps the value exactly the payload {@code docs/asyncapi.yaml} describes, so consumers and schema
 * tools read it without unwrapping an envelope, and the headers let a consumer route or de-duplicate
 * without parsing the body. Order events go to the orders topic keyed by the order's uid, account
 * events to the accounts topic keyed by the customer's uid, so each key keeps its order on its partition.
 * The producer is idempotent with {@code acks=all}: a retry never duplicates or reorders within a key.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {

    /** How long one batch may take before the relay gives up on it and retries later. */
    static final long BATCH_TIMEOUT_SECONDS = 30;

    private final KafkaSettings settings;
    private final KafkaProducer<String, byte[]> producer;

    /** @param settings where the broker is */
    public KafkaEventPublisher(KafkaSettings settings) {
        this.settings = settings;
        Properties properties = settings.clientSecurity();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "customerbackend-relay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // While the broker is away, send() must not block the relay for long nor a batch wait forever:
        // the relay retries the whole batch with backoff instead.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        properties.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void publish(List<RecordedEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        try {
            for (RecordedEvent event : events) {
                sent.add(producer.send(record(event)));
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BATCH_TIMEOUT_SECONDS);
            for (Future<RecordMetadata> confirmation : sent) {
                confirmation.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException refused) {
            throw new PublishingFailedException(
                    "the broker did not take the batch: "
                            + refused.getCause().getClass().getSimpleName(),
                    refused.getCause());
        } catch (TimeoutException | RuntimeException unreachable) {
            throw new PublishingFailedException(
                    "the broker did not confirm the batch in time: "
                            + unreachable.getClass().getSimpleName(),
                    unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PublishingFailedException("interrupted while publishing", interrupted);
        }
    }

    private ProducerRecord<String, byte[]> record(RecordedEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id().toString());
        header(headers, "ce_source", DomainEvent.SOURCE);
        header(headers, "ce_type", event.type());
        header(headers, "ce_subject", event.subject());
        header(headers, "ce_time", event.time().toString());
        header(headers, "ce_position", Long.toString(event.position()));
        header(headers, "ce_sequence", Long.toString(event.sequence()));
        header(headers, "content-type", "application/json");
        String topic = event.aboutAnOrder() ? settings.ordersTopic() : settings.accountsTopic();
        return new ProducerRecord<>(
                topic, null, event.subject(), event.data().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
