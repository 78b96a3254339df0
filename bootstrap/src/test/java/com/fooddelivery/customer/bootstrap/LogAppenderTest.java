package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.util.Duration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.logstash.logback.appender.LoggingEventAsyncDisruptorAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The log's appender, as LogConfiguration configures it for both formats (its writer napping while lines come and
 * blocking when none do), loses no line, keeps each thread's order, and writes without being asked.
 */
class LogAppenderTest {

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final LoggingEventAsyncDisruptorAppender appender = new LoggingEventAsyncDisruptorAppender();
    private Logger logger;

    @BeforeEach
    void aLoggerWritingThroughTheBatchingAppender() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%thread %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> out = new OutputStreamAppender<>();
        out.setContext(context);
        out.setEncoder(encoder);
        out.setImmediateFlush(false);
        out.setOutputStream(written);
        out.start();
        appender.setContext(context);
        appender.setName("under-test");
        appender.setWaitStrategy(LogConfiguration.writerWaits());
        // Small enough that the writers below fill it while the writer naps, and have to wait; -1 waits instead of
        // dropping. (16 slots took seconds: a full ring's callers retry every 5 ms.)
        appender.setRingBufferSize(256);
        appender.setAppendTimeout(Duration.buildByMilliseconds(-1));
        appender.addAppender(out);
        appender.start();
        logger = context.getLogger("test");
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    @Test
    void everyLineFromManyThreadsIsWrittenInEachThreadsOrderByTheTimeStopReturns() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(
                    () -> {
                        for (int i = 0; i < 5_000; i++) {
                            logger.info("line {}", i);
                        }
                    },
                    "writer" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        appender.stop();

        List<String> lines =
                Arrays.asList(written.toString(StandardCharsets.UTF_8).split("\n"));
        assertThat(lines).hasSize(20_000);
        for (int t = 0; t < 4; t++) {
            String prefix = "writer" + t + " ";
            assertThat(lines.stream()
                            .filter(line -> line.startsWith(prefix))
                            .map(line -> line.substring(prefix.length())))
                    .containsExactlyElementsOf(
                            IntStream.range(0, 5_000).mapToObj(i -> "line " + i).toList());
        }
    }

    @Test
    void bothConfigurationsWaitForRoomInsteadOfDroppingLines() {
        for (boolean json : List.of(false, true)) {
            LoggerContext configured = new LoggerContext();
            configured.setMDCAdapter(new LogbackMDCAdapter());
            LogConfiguration.configure(configured, json);

            assertThat(configured.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT"))
                    .as(json ? "json" : "text")
                    .isInstanceOfSatisfying(LoggingEventAsyncDisruptorAppender.class, stdout -> {
                        assertThat(stdout.getAppendTimeout().getMilliseconds()).isNegative();
                        assertThat(stdout.getWaitStrategy()).isInstanceOf(NappingWaitStrategy.class);
                    });
            configured.stop();
        }
    }

    @Test
    void aLineIsWrittenAndFlushedWithinMillisecondsWithoutStopping() throws Exception {
        logger.info("alone");

        // Milliseconds, typically; the bound is wide for a loaded machine. A line held until the stop never comes.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (written.size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(written.toString(StandardCharsets.UTF_8)).endsWith(" alone\n");
        appender.stop();
    }

    @Test
    void aWriterThatFoundNothingForAWhileBlocksAndTheNextLineWakesIt() throws Exception {
        logger.info("first");
        awaitWritten(" first\n");
        Thread writer = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("logback-appender-under-test-"))
                .findFirst()
                .orElseThrow();

        // A few empty naps of a millisecond; the bound is wide for a loaded machine. WAITING, not TIMED_WAITING:
        // it sleeps until woken, so an idle service's writer costs nothing.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (writer.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(writer.getState()).isEqualTo(Thread.State.WAITING);
        logger.info("second");
        awaitWritten(" second\n");
        appender.stop();
        assertThat(written.toString(StandardCharsets.UTF_8))
                .isEqualTo(Thread.currentThread().getName() + " first\n"
                        + Thread.currentThread().getName() + " second\n");
    }

    private void awaitWritten(String end) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!written.toString(StandardCharsets.UTF_8).endsWith(end) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(written.toString(StandardCharsets.UTF_8)).endsWith(end);
    }
}
