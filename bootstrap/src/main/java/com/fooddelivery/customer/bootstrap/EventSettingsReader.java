package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.messaging.KafkaSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The event log: how long events are kept, and the Kafka broker they are relayed to, if any. */
final class EventSettingsReader {

    static final List<String> NAMES = List.of(
            "EVENTS_RETENTION",
            "KAFKA_BOOTSTRAP_SERVERS",
            "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_USERNAME",
            "KAFKA_SASL_PASSWORD",
            "KAFKA_TOPIC_ORDERS",
            "KAFKA_TOPIC_ACCOUNTS");

    private EventSettingsReader() {}

    static EventSettings events(RawSettings env) {
        Duration retention =
                env.atLeast("EVENTS_RETENTION", Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofDays(3650));
        // Every Kafka setting is read (and checked) even without a broker, so a typo'd one never goes unnoticed.
        Optional<String> servers = env.text("KAFKA_BOOTSTRAP_SERVERS");
        String protocol = env.text("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        Optional<String> mechanism = env.text("KAFKA_SASL_MECHANISM");
        Optional<String> user = env.text("KAFKA_SASL_USERNAME");
        Optional<String> password = env.text("KAFKA_SASL_PASSWORD");
        String orders = topic(env, "KAFKA_TOPIC_ORDERS", KafkaSettings.ORDERS_TOPIC);
        String accounts = topic(env, "KAFKA_TOPIC_ACCOUNTS", KafkaSettings.ACCOUNTS_TOPIC);
        if (servers.isPresent()
                && !servers.get().matches("[A-Za-z0-9.\\[\\]:_-]+:[0-9]{1,5}(,[A-Za-z0-9.\\[\\]:_-]+:[0-9]{1,5})*")) {
            throw new ConfigurationException(
                    "KAFKA_BOOTSTRAP_SERVERS must be host:port[,host:port...], got '" + servers.get() + "'");
        }
        if (!Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL").contains(protocol)) {
            throw new ConfigurationException(
                    "KAFKA_SECURITY_PROTOCOL must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL," + " got '" + protocol
                            + "'");
        }
        if (protocol.startsWith("SASL")) {
            checkSasl(protocol, mechanism, user, password);
        }
        return new EventSettings(
                retention,
                servers.map(
                        brokers -> new KafkaSettings(brokers, protocol, mechanism, user, password, orders, accounts)));
    }

    private static void checkSasl(
            String protocol, Optional<String> mechanism, Optional<String> user, Optional<String> password) {
        if (mechanism.isEmpty()
                || !Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512").contains(mechanism.get())) {
            throw new ConfigurationException(
                    "KAFKA_SASL_MECHANISM must be PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 with " + protocol);
        }
        if (user.isEmpty()) {
            throw new ConfigurationException("KAFKA_SASL_USERNAME is required with " + protocol);
        }
        if (password.isEmpty()) {
            // Never echo the password.
            throw new ConfigurationException("KAFKA_SASL_PASSWORD is required with " + protocol);
        }
    }

    private static String topic(RawSettings env, String name, String fallback) {
        String topic = env.text(name, fallback);
        if (!topic.matches("[A-Za-z0-9._-]{1,249}")) {
            throw new ConfigurationException(
                    name + " must be a Kafka topic name (1-249 of A-Z a-z 0-9 . _ -), got '" + topic + "'");
        }
        return topic;
    }
}
