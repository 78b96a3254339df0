package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.messaging.KafkaSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * The event log and its broker.
 *
 * @param retention how long events are kept ({@code EVENTS_RETENTION}, ISO-8601, default P7D; with Kafka, counted
 *                  once published)
 * @param kafka     the broker the log is relayed to, when {@code KAFKA_BOOTSTRAP_SERVERS} is set
 *                  ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_USERNAME},
 *                  {@code KAFKA_SASL_PASSWORD}, {@code KAFKA_TOPIC_ORDERS}, {@code KAFKA_TOPIC_ACCOUNTS})
 */
public record EventSettings(Duration retention, Optional<KafkaSettings> kafka) {}
