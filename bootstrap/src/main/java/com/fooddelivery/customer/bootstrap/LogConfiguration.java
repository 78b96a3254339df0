package com.fooddelivery.customer.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.Duration;
import java.io.BufferedOutputStream;
import java.util.Map;
import net.logstash.logback.appender.LoggingEventAsyncDisruptorAppender;

/**
 * The service's logging, configured in code when logback starts (found through {@code META-INF/services}):
 * what a {@code logback.xml} would say, without loading logback's XML configurator and the JDK's XML
 * parser (~350 classes kept for the life of the process; docs/performance.md, "Memory, round three").
 * An operator's own {@code -Dlogback.configurationFile} still wins: then this steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The system property {@link Main} sets to {@code json} for {@code LOG_FORMAT=json}. */
    static final String FORMAT_PROPERTY = "customerbackend.logFormat";

    private static final String TEXT_PATTERN =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level [%thread] %logger{30} %X{requestId:-} - %msg%n";
    private static final Map<String, Level> LEVELS = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            // The Kafka client prints its whole configuration at INFO on every start.
            "org.apache.kafka", Level.WARN,
            "org.flywaydb", Level.INFO,
            "io.zonky", Level.WARN,
            "org.jooq.Constants", Level.WARN);

    /**
     * How long the log's writer naps while lines keep coming, and how many naps find nothing before it blocks
     * until the next line: a line waits a few milliseconds at most, a busy writer wakes 200 times a second
     * (one write each), and an idle one sleeps.
     */
    private static final long WRITER_NAP_MILLIS = 5;

    private static final int WRITER_NAPS_BEFORE_BLOCKING = 4;
    /** Bytes gathered before a write to standard output, if a batch of lines is longer. */
    private static final int OUTPUT_BUFFER = 16 * 1024;

    /** For logback's service loader. */
    public LogConfiguration() {}

    @Override
    public ExecutionStatus configure(LoggerContext logging) {
        if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(logging, "json".equals(System.getProperty(FORMAT_PROPERTY)));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Writes every line through the disruptor ring to standard output, as text or as JSON. */
    static void configure(LoggerContext logging, boolean json) {
        OutputStreamAppender<ILoggingEvent> console = new OutputStreamAppender<>();
        console.setContext(logging);
        console.setName("CONSOLE");
        console.setEncoder(json ? jsonEncoder(logging) : textEncoder(logging));
        // The same bytes as logback's console appender writes, but one write per batch of lines: the ring's
        // writer flushes at the end of each batch (and stop flushes the rest).
        console.setImmediateFlush(false);
        console.setOutputStream(new BufferedOutputStream(new StandardOutput(), OUTPUT_BUFFER));
        console.start();
        // Request threads only publish the event to a ring; one thread formats and writes it, flushing at
        // the end of each batch (docs/performance.md, "The log appender", says why this one). Nothing is
        // dropped: a negative appendTimeout makes callers wait for room in a full ring (the library's
        // default drops), and Main's stop drains the ring before the process exits. The writer naps while
        // lines keep coming, so request threads need not wake it for each ("The request log line").
        LoggingEventAsyncDisruptorAppender stdout = new LoggingEventAsyncDisruptorAppender();
        stdout.setContext(logging);
        stdout.setName("STDOUT");
        stdout.setRingBufferSize(8192);
        stdout.setAppendTimeout(Duration.buildByMilliseconds(-1));
        stdout.setWaitStrategy(writerWaits());
        stdout.addAppender(console);
        stdout.start();
        LEVELS.forEach((name, level) -> logging.getLogger(name).setLevel(level));
        Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stdout);
    }

    /** How the log's writer thread waits for lines; {@link LogAppenderTest} holds it to the appender's promises. */
    static NappingWaitStrategy writerWaits() {
        return new NappingWaitStrategy(java.time.Duration.ofMillis(WRITER_NAP_MILLIS), WRITER_NAPS_BEFORE_BLOCKING);
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext logging) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logging);
        encoder.setPattern(TEXT_PATTERN);
        encoder.start();
        return encoder;
    }

    /** One JSON object per line for a log collector; the request log's fields come as key/value pairs. */
    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext logging) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(logging);
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.start();
        return encoder;
    }
}
