package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Not a test: a measurement for docs/performance.md. Starts the service on the embedded test
 * PostgreSQL, floods it with {@code flooders} concurrent sign-ins (each for a login of its own, so the
 * per-account throttle stays out of the way and every one costs a hash), and meanwhile reads
 * {@code GET /api/v1/categories} from one client, one request after another, reporting that read's
 * p50/p99. Run with extra settings as name=value arguments, e.g. {@code PASSWORD_HASH_QUEUE=10000}.
 */
public final class SignInFloodBench {

    private SignInFloodBench() {}

    public static void main(String[] args) throws Exception {
        int flooders = Integer.getInteger("flooders", 250);
        int seconds = Integer.getInteger("seconds", 20);
        List<String> settings = new ArrayList<>(List.of("HTTP_MAX_THREADS", "200"));
        for (String arg : args) {
            settings.add(arg.substring(0, arg.indexOf('=')));
            settings.add(arg.substring(arg.indexOf('=') + 1));
        }
        try (CustomerBackend backend =
                TestBackends.start(TestPostgres.freshDatabase(), settings.toArray(String[]::new))) {
            String base = "http://localhost:" + backend.port();
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            AtomicBoolean flooding = new AtomicBoolean(true);
            Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
            AtomicInteger attempt = new AtomicInteger();
            ExecutorService flood = Executors.newFixedThreadPool(Math.max(1, flooders));
            for (int i = 0; i < flooders; i++) {
                flood.execute(() -> {
                    while (flooding.get()) {
                        String body = """
                                {"login": "flood%s", "password": "guess"}""".formatted(attempt.incrementAndGet());
                        int status = send(
                                http,
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                                        .header("Content-Type", "application/json")
                                        .timeout(Duration.ofSeconds(60))
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build());
                        answers.computeIfAbsent(status, any -> new LongAdder()).increment();
                    }
                });
            }
            Thread.sleep(5_000); // the flood fills the queues before reads are measured
            List<Long> micros = new ArrayList<>();
            int failedReads = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                int status = send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/categories"))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build());
                micros.add((System.nanoTime() - start) / 1_000);
                failedReads += status == 200 ? 0 : 1;
            }
            flooding.set(false);
            flood.shutdown();
            flood.awaitTermination(2, TimeUnit.MINUTES);
            Collections.sort(micros);
            System.out.printf(
                    "settings=%s flooders=%d reads=%d failedReads=%d p50=%.1fms p99=%.1fms max=%.1fms sign-in answers=%s%n",
                    String.join(" ", args),
                    flooders,
                    micros.size(),
                    failedReads,
                    at(micros, 0.50) / 1000.0,
                    at(micros, 0.99) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0,
                    answers);
        }
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception failure) {
            return -1;
        }
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
