package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service process is killed outright (SIGKILL) while it acknowledges orders; after a restart on
 * the same data every order it acknowledged with 201 is there with all its lines, and every order
 * there at all is whole: an order it had not yet acknowledged is either there in full or not at all.
 * The service runs as a real child process, as in production, on its embedded PostgreSQL: the kill
 * leaves that database running without its owner, so the restart also proves the orphan is taken
 * over cleanly.
 */
class CrashDurabilityTest {

    private static final int WRITERS = 2;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 8;
    private static final int LINES = 3;
    private static final Pattern LISTENING = Pattern.compile("customerbackend listening on port (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        stopLeftoverPostgres();
    }

    /** One customer placing orders: its token, how many it sent, and the orders acknowledged, by uid. */
    private record Writer(String token, AtomicInteger attempted, Map<String, Integer> acknowledged) {}

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyAcknowledgedOrderSurvivesASigkillWithAllItsLinesAndNoneIsHalfWritten() throws Exception {
        Service first = startService();
        List<Integer> dishes = new ArrayList<>();
        json(first.api().get("/api/v1/categories/1/menu-items"))
                .get("menuItems")
                .forEach(item -> dishes.add(item.get("id").asInt()));
        assertThat(dishes).as("the demo menu's first category").hasSizeGreaterThanOrEqualTo(LINES);
        List<Writer> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(new Writer(
                    new CustomerCalls(first.api()).signedIn("crash" + w, "+4915155500" + w),
                    new AtomicInteger(),
                    new ConcurrentHashMap<>()));
        }
        List<CompletableFuture<Void>> running = writers.stream()
                .map(writer -> CompletableFuture.runAsync(() -> orderUntilRefused(first.api(), writer, dishes)))
                .toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (acknowledged(writers) < ACKNOWLEDGED_BEFORE_KILL
                && System.nanoTime() < deadline
                && running.stream().noneMatch(CompletableFuture::isDone)) {
            Thread.sleep(20);
        }
        assertThat(acknowledged(writers))
                .as("orders acknowledged before the kill")
                .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        Service second = startService();
        for (Writer writer : writers) {
            for (Map.Entry<String, Integer> order : writer.acknowledged().entrySet()) {
                JsonNode stored = json(second.api()
                        .get("/api/v1/orders/" + order.getKey(), "Authorization", "Bearer " + writer.token()));
                assertThat(stored.get("deliveryAddress").asText()).isEqualTo(address(order.getValue()));
                assertThat(stored.get("items"))
                        .extracting(line -> line.get("quantity").asInt())
                        .as("the lines of acknowledged order " + order.getKey())
                        .containsExactly(quantities(order.getValue()));
            }
            List<String> stored = allOrders(second.api(), writer.token());
            assertThat(stored)
                    .as("acknowledged orders are there; the rest were sent")
                    .containsAll(writer.acknowledged().keySet())
                    .hasSizeLessThanOrEqualTo(writer.attempted().get());
            for (String uid : stored) {
                assertWhole(
                        json(second.api().get("/api/v1/orders/" + uid, "Authorization", "Bearer " + writer.token())));
            }
        }
    }

    private static int acknowledged(List<Writer> writers) {
        return writers.stream().mapToInt(writer -> writer.acknowledged().size()).sum();
    }

    private static String address(int n) {
        return "Crash street " + n;
    }

    private static Integer[] quantities(int n) {
        return new Integer[] {1, 2, 1 + n % 5};
    }

    /** Places orders of three lines one after another until the service stops answering. */
    private static void orderUntilRefused(ApiClient api, Writer writer, List<Integer> dishes) {
        for (int n = 1; n < 10_000; n++) {
            Integer[] quantities = quantities(n);
            StringBuilder items = new StringBuilder();
            for (int line = 0; line < LINES; line++) {
                items.append(line == 0 ? "" : ",")
                        .append("{\"menuItemId\":")
                        .append(dishes.get(line))
                        .append(",\"quantity\":")
                        .append(quantities[line])
                        .append('}');
            }
            writer.attempted().incrementAndGet();
            HttpResponse<byte[]> response;
            try {
                response = api.json(
                        "POST",
                        "/api/v1/orders",
                        """
                        {"items": [%s], "deliveryAddress": "%s", "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(items, address(n)),
                        "Authorization",
                        "Bearer " + writer.token(),
                        "Idempotency-Key",
                        "crash-" + n);
            } catch (UncheckedIOException gone) {
                return;
            }
            if (response.statusCode() != 201) {
                return;
            }
            writer.acknowledged().put(json(response).get("uid").asText(), n);
        }
    }

    /** Every uid of the customer's orders, page by page. */
    private static List<String> allOrders(ApiClient api, String token) {
        List<String> uids = new ArrayList<>();
        String page = "/api/v1/orders?status=all&limit=100";
        while (page != null) {
            JsonNode body = json(api.get(page, "Authorization", "Bearer " + token));
            body.get("orders").forEach(order -> uids.add(order.get("uid").asText()));
            JsonNode cursor = body.get("nextCursor");
            page = cursor == null || cursor.isNull()
                    ? null
                    : "/api/v1/orders?status=all&limit=100&cursor=" + cursor.asText();
        }
        return uids;
    }

    /** An order is whole when it has every line it was placed with and its total is theirs. */
    private static void assertWhole(JsonNode order) {
        assertThat(order.get("items")).as("lines of " + order.get("uid")).hasSize(LINES);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : order.get("items")) {
            sum = sum.add(line.get("cost").decimalValue());
        }
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo(sum);
        assertThat(order.get("itemCount").asInt())
                .isEqualTo(StreamSupport.stream(order.get("items").spliterator(), false)
                        .mapToInt(line -> line.get("quantity").asInt())
                        .sum());
    }

    private record Service(Process process, ApiClient api) {}

    /**
     * Runs {@code Main} in a new JVM on this test's class path, logging JSON lines (the format
     * operators collect), and returns once it serves.
     */
    private Service startService() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(TestBackends.childJvm()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DB_"));
        env.put("PORT", "0");
        env.put("DATA_DIR", dataDir.toString());
        env.put("DEMO_MENU", "true");
        env.put("LOG_FORMAT", "json");
        Process process = builder.start();
        processes.add(process);
        CompletableFuture<Integer> port = new CompletableFuture<>();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readLog(process, output, port), "service-log-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            return new Service(process, new ApiClient(port.get(120, TimeUnit.SECONDS)));
        } catch (Exception failure) {
            throw new AssertionError("the service did not start; its output:\n" + String.join("\n", output), failure);
        }
    }

    /** Every line the service writes must be one JSON object; the start-up line tells its port. */
    private static void readLog(Process process, List<String> output, CompletableFuture<Integer> port) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                JsonNode event;
                try {
                    event = JSON.readTree(line);
                } catch (IOException notJson) {
                    port.completeExceptionally(new AssertionError("a log line is not JSON: " + line));
                    continue;
                }
                Matcher listening =
                        LISTENING.matcher(event.path("formattedMessage").asText());
                if (listening.find()) {
                    port.complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException closed) {
            // the process is gone
        }
        port.completeExceptionally(new AssertionError("the service exited before it listened"));
    }

    /** The last service was stopped, but should it not have stopped its database, stop it here. */
    private void stopLeftoverPostgres() throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (!lines.isEmpty()) {
            Optional<ProcessHandle> postgres =
                    ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
            if (postgres.isPresent()
                    && postgres.get()
                            .info()
                            .command()
                            .map(c -> c.endsWith("postgres"))
                            .orElse(false)) {
                postgres.get().destroy();
                postgres.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
