package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;

import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.http.SseClient;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not a test: a measurement for docs/performance.md. Starts the service on the embedded test
 * PostgreSQL, reads {@code GET /api/v1/categories} one request after another for a while, then opens
 * {@code -Dstreams=1000} live streams (5 per customer) and reads again while orders are driven through
 * their steps, each watched by a stream of its own: the step's request sent to its event read, p50/p99.
 * The service runs in this JVM, so RSS and thread counts include the bench's own clients (one reader
 * thread per stream); the service's request threads are counted by name.
 */
public final class LiveStreamsBench {

    private static final String KEY = "bench-service-key-0123456789";

    private LiveStreamsBench() {}

    public static void main(String[] args) throws Exception {
        int streams = Integer.getInteger("streams", 1000);
        int seconds = Integer.getInteger("seconds", 15);
        try (CustomerBackend backend = TestBackends.start(TestPostgres.freshDatabase(), "SERVICE_KEYS", KEY)) {
            ApiClient api = new ApiClient(backend.port());
            int item = api.newMenuItem(KEY, "Bench", "Soup", "5.00");
            String base = "http://localhost:" + backend.port();
            report("without streams", reads(base, seconds));
            System.out.printf(
                    "threads before: %d in the JVM, %d request threads; RSS %s%n",
                    Thread.activeCount(), httpThreads(), rss());

            List<SseClient> open = new ArrayList<>();
            ExecutorService signUps = Executors.newFixedThreadPool(4);
            List<Future<String>> tokens = new ArrayList<>();
            for (int c = 0; c < streams / 5; c++) {
                int n = c;
                tokens.add(signUps.submit(
                        () -> new CustomerCalls(api).signedIn("bench" + n, "+4930" + String.format("%07d", n))));
            }
            for (Future<String> token : tokens) {
                for (int i = 0; i < 5; i++) {
                    SseClient stream = SseClient.open(
                            backend.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token.get());
                    if (stream.status() != 200) {
                        throw new IllegalStateException("stream refused: " + stream.status());
                    }
                    open.add(stream);
                }
            }
            signUps.shutdown();
            System.out.printf(
                    "%d streams open; threads: %d in the JVM, %d request threads (%d busy); RSS %s%n",
                    open.size(), Thread.activeCount(), httpThreads(), busyHttpThreads(), rss());

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean driving = new AtomicBoolean(true);
            Thread driver = new Thread(() -> drive(api, backend.port(), item, driving, latencies));
            driver.start();
            report("with " + open.size() + " streams, orders driven", reads(base, seconds));
            driving.set(false);
            driver.join();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(
                    "step sent -> event read over %d steps: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.size(),
                    sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6);
            System.out.printf(
                    "threads after: %d in the JVM, %d request threads; RSS %s%n",
                    Thread.activeCount(), httpThreads(), rss());
            open.forEach(SseClient::close);
        }
    }

    private static void drive(ApiClient api, int port, int item, AtomicBoolean driving, List<Long> latencies) {
        CustomerCalls customers = new CustomerCalls(api);
        String token = customers.signedIn("driver", "+4939999999");
        while (driving.get()) {
            String uid = customers.placed(token, orderBody(item, 1, "CASH_ON_DELIVERY"));
            try (SseClient stream =
                    SseClient.open(port, "/api/v1/orders/" + uid + "/events", "Authorization", "Bearer " + token)) {
                stream.expect(Duration.ofSeconds(10));
                for (String step : List.of("COOKING_STARTED", "COOKING_FINISHED", "DELIVERY_STARTED", "DELIVERED")) {
                    long sent = System.nanoTime();
                    api.json(
                            "POST", "/api/v1/ops/orders/" + uid + "/events", """
                            {"type": "%s"}""".formatted(step), "X-Service-Key", KEY);
                    latencies.add(stream.expect(Duration.ofSeconds(10)).receivedAt() - sent);
                }
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    /** Sequential reads for {@code seconds}: count and per-read nanoseconds. */
    private static List<Long> reads(String base, int seconds) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get =
                HttpRequest.newBuilder(URI.create(base + "/api/v1/categories")).build();
        List<Long> times = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            if (http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                throw new IllegalStateException("categories did not answer 200");
            }
            times.add(System.nanoTime() - start);
        }
        return times;
    }

    private static void report(String what, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(
                "GET /categories %s: %d reads, p50 %.2f ms, p99 %.2f ms%n",
                what,
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    private static long httpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("http"))
                .count();
    }

    private static long busyHttpThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("http"))
                .filter(e -> e.getValue().length > 0
                        && !e.getKey().getState().equals(Thread.State.TIMED_WAITING)
                        && !e.getKey().getState().equals(Thread.State.WAITING))
                .count();
    }

    private static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS"))
                .map(line -> line.replaceAll("\\s+", " "))
                .findFirst()
                .orElse("?");
    }
}
