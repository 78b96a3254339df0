package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.MetricsScrape;
import com.fooddelivery.customer.adapter.http.RequestObserver;
import com.fooddelivery.customer.domain.event.EventOutbox;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The service's Micrometer registry, scraped by Prometheus at {@code /metrics}: per-route request
 * timings, the HTTP server's threads, the connection pool and the JVM. Micrometer lives here only; the HTTP adapter reports
 * through {@link RequestObserver} and the pool through Hikari's own tracker interface.
 */
final class Metrics implements RequestObserver, MetricsScrape, AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Built once: only the tags differ between requests. */
    private final Meter.MeterProvider<Timer> requests = Timer.builder("http.server.requests")
            .description("HTTP requests by route, method and status")
            .withRegistry(registry);
    /**
     * Each method, route and status's timer, found without building, sorting and looking up its four tags on
     * every request (docs/performance.md, "The request log line"). The keys are as few as the registry's
     * series (route templates, {@code unmatched}, the statuses the service answers); past {@link #mostTimers}
     * the provider is asked each time instead, so the cache never outgrows a sane registry.
     */
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private final int mostTimers;

    Metrics() {
        this(2_000);
    }

    Metrics(int mostTimers) {
        this.mostTimers = mostTimers;
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Gauges of the HTTP server's request threads: configured bounds, current, busy and queued work. */
    void httpThreads(ThreadPool threads) {
        new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(registry);
    }

    /**
     * Gauges of the relay's lag: events not yet published to the broker, and the age of the oldest.
     * Read from the database at each scrape; a database that does not answer shows as NaN.
     */
    void eventBacklog(EventOutbox outbox, Clock clock) {
        Gauge.builder(
                        "events.unpublished",
                        outbox,
                        log -> backlog(log)
                                .map(backlog -> (double) backlog.events())
                                .orElse(Double.NaN))
                .description("Events recorded but not yet published to the broker")
                .register(registry);
        Gauge.builder(
                        "events.oldest.unpublished.age",
                        outbox,
                        log -> backlog(log)
                                .map(backlog -> backlog.oldest()
                                        .map(oldest -> Duration.between(oldest, clock.instant())
                                                        .toMillis()
                                                / 1000.0)
                                        .orElse(0.0))
                                .orElse(Double.NaN))
                .baseUnit("seconds")
                .description("How long the oldest unpublished event has waited")
                .register(registry);
    }

    private static Optional<EventOutbox.Backlog> backlog(EventOutbox outbox) {
        try {
            return Optional.of(outbox.backlog());
        } catch (RuntimeException unreachable) {
            return Optional.empty();
        }
    }

    /** Where the connection pool reports its gauges and timings. */
    MetricsTrackerFactory pool() {
        return new MicrometerMetricsTrackerFactory(registry);
    }

    @Override
    public void requestHandled(String method, String route, int status, Duration duration) {
        TimerKey key = new TimerKey(method, route, status);
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = timers.size() < mostTimers ? timers.computeIfAbsent(key, this::timer) : timer(key);
        }
        timer.record(duration);
    }

    private Timer timer(TimerKey key) {
        // The route is the matched template, so the tags' values stay few whatever clients send.
        return requests.withTags(
                "method",
                key.method(),
                "route",
                key.route(),
                "status",
                Integer.toString(key.status()),
                "outcome",
                outcome(key.status()));
    }

    private record TimerKey(String method, String route, int status) {}

    @Override
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }
}
