package com.fooddelivery.customer.adapter.messaging;

import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the broker is and how to reach it.
 *
 * @param bootstrapServers  {@code host:port,…} of the brokers
 * @param securityProtocol  {@code PLAINTEXT}, {@code SSL}, {@code SASL_PLAINTEXT} or {@code SASL_SSL}
 * @param saslMechanism     with SASL: {@code PLAIN}, {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512}
 * @param saslUsername      with SASL, the user
 * @param saslPassword      with SASL, the password: a secret, never logged
 * @param ordersTopic       where order events go
 * @param accountsTopic     where account events go
 */
public record KafkaSettings(
        String bootstrapServers,
        String securityProtocol,
        Optional<String> saslMechanism,
        Optional<String> saslUsername,
        Optional<String> saslPassword,
        String ordersTopic,
        String accountsTopic) {

    /** The topic of order events unless configured otherwise. */
    public static final String ORDERS_TOPIC = "customer.orders.v1";
    /** The topic of account events unless configured otherwise. */
    public static final String ACCOUNTS_TOPIC = "customer.accounts.v1";

    /**
     * Requires the servers, protocol and topics.
     *
     * @param bootstrapServers the brokers
     * @param securityProtocol the protocol
     * @param saslMechanism the SASL mechanism
     * @param saslUsername the SASL user
     * @param saslPassword the SASL password
     * @param ordersTopic the order events' topic
     * @param accountsTopic the account events' topic
     */
    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(securityProtocol, "securityProtocol");
        Objects.requireNonNull(saslMechanism, "saslMechanism");
        Objects.requireNonNull(saslUsername, "saslUsername");
        Objects.requireNonNull(saslPassword, "saslPassword");
        Objects.requireNonNull(ordersTopic, "ordersTopic");
        Objects.requireNonNull(accountsTopic, "accountsTopic");
    }

    /**
     * A plaintext connection to local brokers, with the default topics.
     *
     * @param bootstrapServers the brokers
     * @return the settings
     */
    public static KafkaSettings plaintext(String bootstrapServers) {
        return new KafkaSettings(
                bootstrapServers,
                "PLAINTEXT",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ORDERS_TOPIC,
                ACCOUNTS_TOPIC);
    }

    /** The client's security properties; the password goes only into the JAAS line the client reads. */
    Properties clientSecurity() {
        Properties properties = new Properties();
        properties.put("security.protocol", securityProtocol);
        saslMechanism.ifPresent(mechanism -> {
            properties.put("sasl.mechanism", mechanism);
            String module = mechanism.startsWith("SCRAM")
                    ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                    : "org.apache.kafka.common.security.plain.PlainLoginModule";
            properties.put(
                    "sasl.jaas.config",
                    module + " required username=\"" + quoted(saslUsername.orElse("")) + "\" password=\""
                            + quoted(saslPassword.orElse("")) + "\";");
        });
        return properties;
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", securityProtocol=" + securityProtocol
                + ", saslMechanism=" + saslMechanism.orElse("(none)") + ", saslUsername="
                + saslUsername.orElse("(none)")
                + ", saslPassword=" + (saslPassword.isPresent() ? "(set)" : "(unset)") + ", ordersTopic=" + ordersTopic
                + ", accountsTopic=" + accountsTopic + "]";
    }
}
