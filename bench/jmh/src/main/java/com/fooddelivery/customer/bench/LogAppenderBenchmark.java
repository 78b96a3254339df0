package com.fooddelivery.customer.bench;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.util.Duration;
import com.fooddelivery.customer.bootstrap.BatchingAppender;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import net.logstash.logback.appender.LoggingEventAsyncDisruptorAppender;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The request log's appender against the alternatives that lose no line: bootstrap's {@code BatchingAppender},
 * logstash-logback-encoder's disruptor appender in blocking mode ({@code appendTimeout=-1}: a full ring makes
 * the caller wait, nothing is dropped), and logback's {@code AsyncAppender} that never discards. Each formats
 * the request log's pattern into a stream that throws the bytes away, so the appenders' hand-over is what is
 * measured. The disruptor runs with its default wait strategy (the writer is signalled for each event) and, as
 * {@code disruptor-sleeping}, with a writer that parks 5 ms when idle, as BatchingAppender's does. {@code flood}
 * logs back to back (the writer's speed bounds it); {@code request} does about a cached request's work between
 * lines, the service's real shape. Run:
 * {@code java -jar bench/jmh/target/benchmarks.jar LogAppenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(4)
public class LogAppenderBenchmark {

    @Param({"batching", "disruptor", "disruptor-sleeping", "logback-async"})
    String appender;

    private LoggerContext context;
    private Logger logger;
    private final LongAdder logged = new LongAdder();
    private final LongAdder written = new LongAdder();

    @Setup(Level.Trial)
    public void start() {
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level [%thread] %logger{30} %X{requestId:-} - %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> sink = new OutputStreamAppender<>();
        sink.setContext(context);
        sink.setName("sink");
        sink.setEncoder(encoder);
        sink.setImmediateFlush(false);
        // Counts the lines that arrive, to show at the end that no appender dropped any.
        sink.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (b == '\n') {
                    written.increment();
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                for (int i = offset; i < offset + length; i++) {
                    if (bytes[i] == '\n') {
                        written.increment();
                    }
                }
            }
        });
        sink.start();
        Appender<ILoggingEvent> async = switch (appender) {
            case "batching" -> {
                BatchingAppender batching = new BatchingAppender();
                batching.setQueueSize(8192);
                batching.addAppender(sink);
                yield batching;
            }
            case "disruptor", "disruptor-sleeping" -> {
                LoggingEventAsyncDisruptorAppender disruptor = new LoggingEventAsyncDisruptorAppender();
                disruptor.setRingBufferSize(8192);
                // Negative: wait for room as long as it takes, like the other two; the default drops.
                disruptor.setAppendTimeout(Duration.buildByMilliseconds(-1));
                if (appender.equals("disruptor-sleeping")) {
                    // The writer parks 5 ms when it finds nothing, as BatchingAppender's does, instead of being
                    // signalled for every event (the default "blocking" strategy).
                    disruptor.setWaitStrategyType("sleeping{0,5000000}");
                }
                disruptor.addAppender(sink);
                yield disruptor;
            }
            case "logback-async" -> {
                AsyncAppender logback = new AsyncAppender();
                logback.setQueueSize(8192);
                logback.setDiscardingThreshold(0);
                logback.setNeverBlock(false);
                logback.addAppender(sink);
                yield logback;
            }
            default -> throw new IllegalArgumentException(appender);
        };
        async.setContext(context);
        async.setName("async");
        async.start();
        logger = context.getLogger("com.fooddelivery.customer.adapter.http.RequestLog");
        logger.addAppender(async);
        logger.setAdditive(false);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.stop();
        System.out.println(appender + ": logged " + logged.sum() + " lines, written " + written.sum());
    }

    @Benchmark
    public void flood() {
        logged.increment();
        logger.info("GET /api/v1/categories 200 {} bytes in {} ms", 1834, 2);
    }

    @Benchmark
    public void request() {
        Blackhole.consumeCPU(2_000);
        logged.increment();
        logger.info("GET /api/v1/categories 200 {} bytes in {} ms", 1834, 2);
    }
}
