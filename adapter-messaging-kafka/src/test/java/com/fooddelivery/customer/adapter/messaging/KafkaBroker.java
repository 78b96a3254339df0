package com.fooddelivery.customer.adapter.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real Apache Kafka broker for tests: Kafka 4 in KRaft mode (broker and controller in one), run from
 * the Maven Central jars on the test class path in a child JVM, so a test can stop it (as an outage) and
 * start it again on the same port and data. No Docker.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final Path properties;
    private Process process;

    private KafkaBroker(Path directory, int port, Path properties) {
        this.directory = directory;
        this.port = port;
        this.properties = properties;
    }

    /**
     * Formats a fresh storage directory and starts a broker on free ports, with the given topics.
     *
     * @param topics topics to create, three partitions each
     * @return the running broker
     */
    public static KafkaBroker start(String... topics) {
        try {
            Path directory = Files.createTempDirectory("kafka-test");
            int[] ports = freePorts(2);
            int port = ports[0];
            int controller = ports[1];
            Properties config = new Properties();
            config.put("process.roles", "broker,controller");
            config.put("node.id", "1");
            config.put("controller.quorum.voters", "1@localhost:" + controller);
            config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller);
            config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("log.dirs", directory.resolve("data").toString());
            config.put("num.partitions", "3");
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            config.put("auto.create.topics.enable", "true");
            Path file = directory.resolve("server.properties");
            try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                config.store(writer, "test broker");
            }
            format(directory.resolve("data"));
            KafkaBroker broker = new KafkaBroker(directory, port, file);
            broker.startProcess();
            try (Admin admin = broker.admin()) {
                admin.createTopics(Arrays.stream(topics)
                                .map(topic -> new NewTopic(topic, 3, (short) 1))
                                .toList())
                        .all()
                        .get(60, TimeUnit.SECONDS);
            }
            return broker;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (Exception failure) {
            throw new IllegalStateException("the test broker did not start", failure);
        }
    }

    /** {@code localhost:port} of the broker. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Kills the broker at once, as an outage would. */
    public void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the stopped broker again, on the same port and data, and waits until it answers. */
    public void restart() {
        startProcess();
    }

    private void startProcess() {
        try {
            process = builder(List.of("kafka.Kafka", properties.toString()), directory.resolve("broker.log"))
                    .start();
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            while (true) {
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException(
                                "the test broker did not come up; see " + directory.resolve("broker.log"), notYet);
                    }
                    Thread.sleep(200);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * A consumer that reads these topics' every partition from the start. It is assigned the partitions
     * instead of joining a consumer group, so its first poll does not wait for the group's coordinator
     * and rebalance, which nothing in these tests is about.
     *
     * @param topics the topics to read
     * @return the consumer; close it
     */
    public KafkaConsumer<String, String> consumerFromStart(String... topics) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = Arrays.stream(topics)
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream())
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** An admin client of the broker; close it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5000));
    }

    /**
     * Formats the storage in this JVM with the code {@code kafka-storage.sh format} runs, as the static
     * quorum above needs it: a JVM of its own for that cost as much as starting the broker.
     */
    private static void format(Path data) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(data.toString())
                .addDirectory(data.toString())
                .run();
    }

    private static ProcessBuilder builder(List<String> command, Path log) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> line = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path")));
        line.addAll(command);
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Distinct free ports: the sockets stay open until all are chosen, so no port is handed out twice. */
    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
