package com.fooddelivery.customer.adapter.messaging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker for tests: Kafka 4 in KRaft mode (broker and controller in one), the
 * {@code KafkaRaftServer} that {@code kafka.Kafka}'s main runs, started in the test JVM from the Maven
 * Central jars on the test class path. No Docker. A test can stop it (an outage: its connections close and
 * new ones are refused) and start it again on the same ports and data.
 *
 * <p>It runs in the test JVM rather than in a JVM of its own: a child JVM loaded and initialised the
 * broker's classes afresh at every start, and a killed broker came back only after its old registration's
 * session ran out ({@code broker.session.timeout.ms}, 9 s), where a stopped one deregisters and a restart
 * in the same JVM reuses the loaded classes (docs/build.md, "Session 11: the Kafka tests' broker").
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final Properties config;
    private KafkaRaftServer server;

    private KafkaBroker(Path directory, int port, Properties config) {
        this.directory = directory;
        this.port = port;
        this.config = config;
    }

    /**
     * Formats a fresh storage directory and starts a broker on free ports, with the given topics.
     *
     * @param topics topics to create, three partitions each
     * @return the running broker; close it
     */
    public static KafkaBroker start(String... topics) {
        quietLogs();
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
            format(directory.resolve("data"));
            KafkaBroker broker = new KafkaBroker(directory, port, config);
            broker.startServer();
            broker.createTopics(topics);
            return broker;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (Exception failure) {
            throw new IllegalStateException("the test broker did not start", failure);
        }
    }

    /**
     * Creates topics of three partitions each.
     *
     * @param topics their names
     */
    public void createTopics(String... topics) {
        try (Admin admin = admin()) {
            admin.createTopics(Arrays.stream(topics)
                            .map(topic -> new NewTopic(topic, 3, (short) 1))
                            .toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the test broker did not create " + Arrays.toString(topics), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** {@code localhost:port} of the broker. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /**
     * Stops the broker, as an outage: its clients' connections close, new ones are refused, and what they
     * send waits or fails until {@link #restart()}.
     */
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the stopped broker again, on the same ports and data; returns once it serves. */
    public void restart() {
        startServer();
    }

    /**
     * Returns once the broker serves: {@code startup()} waits until the controller has unfenced it. Each
     * start reads the configuration afresh, as a new process would: a server keeps its own dynamic state in it.
     */
    private void startServer() {
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException failure) {
            starting.shutdown();
            throw failure;
        }
        server = starting;
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

    /**
     * The broker logs every partition's state change at INFO; a test's output shows its warnings only. The
     * service's own log configuration quiets {@code org.apache.kafka} (the client) but not the broker's
     * Scala loggers, which only a broker in the test JVM has.
     */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            for (String name : List.of("kafka", "state.change.logger", "org.apache.kafka")) {
                logging.getLogger(name).setLevel(Level.WARN);
            }
        }
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

    /** Stops the broker and deletes its data. */
    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException notDeleted) {
            // A temporary directory left behind harms no test.
        }
    }
}
