package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service process is killed outright (SIGKILL) while it acknowledges writes; after a restart on
 * the same data every write it acknowledged with 201 is there in full, and a write it had not yet
 * acknowledged is either there in full or not at all. The service runs as a real child process, as
 * in production, on its embedded PostgreSQL: the kill leaves that database running without its
 * owner, so the restart also proves the orphan is taken over cleanly.
 *
 * <p>The acknowledged writes are sign-ups, each checked afterwards by signing in with the password
 * and reading the account back. Placing orders is the same kind of write and can take their place
 * once the order routes exist: a 201 per order, then every acknowledged order read back with all its
 * lines.
 */
class CrashDurabilityTest {

    private static final String PASSWORD = "kill dash nine";
    private static final int WRITERS = 2;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 8;
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

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesASigkillAndNothingIsHalfWritten() throws Exception {
        Service first = startService();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        AtomicInteger sequence = new AtomicInteger();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            writers.add(CompletableFuture.runAsync(() -> signUpUntilRefused(first.api(), sequence, attempted, acknowledged)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline
                && writers.stream().noneMatch(CompletableFuture::isDone)) {
            Thread.sleep(20);
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(attempted).as("some writes were in flight or sent after the kill").hasSizeGreaterThan(acknowledged.size());

        Service second = startService();
        for (Map.Entry<String, String> write : acknowledged.entrySet()) {
            assertThat(readBack(second.api(), write.getKey())).as(write.getKey()).contains(write.getValue());
        }
        for (String login : attempted) {
            if (!acknowledged.containsKey(login)) {
                // Not acknowledged: absent, or there in full (committed just before the kill), never in between.
                readBack(second.api(), login);
            }
        }
    }

    /** Signs up new customers one after another until the service stops answering. */
    private static void signUpUntilRefused(ApiClient api, AtomicInteger sequence, Set<String> attempted,
                                           Map<String, String> acknowledged) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int n = sequence.incrementAndGet();
            String login = "crash" + n;
            attempted.add(login);
            HttpResponse<byte[]> response;
            try {
                response = api.json("POST", "/api/v1/customers", "{\"login\":\"" + login + "\",\"email\":\"" + login
                        + "@example.org\",\"phoneNumber\":\"+49151555" + String.format("%05d", n)
                        + "\",\"password\":\"" + PASSWORD + "\"}");
            } catch (UncheckedIOException gone) {
                return;
            }
            if (response.statusCode() != 201) {
                return;
            }
            acknowledged.put(login, json(response).get("uid").asText());
        }
    }

    /** The customer's uid if the account is there in full, empty if it is not there at all. */
    private static Optional<String> readBack(ApiClient api, String login) {
        HttpResponse<byte[]> signIn = api.json("POST", "/api/v1/sessions",
                "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\"}");
        if (signIn.statusCode() == 401) {
            return Optional.empty();
        }
        assertThat(signIn.statusCode()).as("sign-in of " + login).isEqualTo(201);
        HttpResponse<byte[]> me = api.get("/api/v1/customers/me", "Authorization", "Bearer " + json(signIn).get("token").asText());
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode customer = json(me);
        assertThat(customer.get("login").asText()).isEqualTo(login);
        assertThat(customer.get("email").asText()).isEqualTo(login + "@example.org");
        assertThat(customer.get("phoneNumber").asText()).startsWith("+49151555");
        return Optional.of(customer.get("uid").asText());
    }

    private record Service(Process process, ApiClient api) {
    }

    /**
     * Runs {@code Main} in a new JVM on this test's class path, logging JSON lines (the format
     * operators collect), and returns once it serves.
     */
    private Service startService() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DB_"));
        env.put("PORT", "0");
        env.put("DATA_DIR", dataDir.toString());
        env.put("DEMO_MENU", "false");
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
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                JsonNode event;
                try {
                    event = JSON.readTree(line);
                } catch (IOException notJson) {
                    port.completeExceptionally(new AssertionError("a log line is not JSON: " + line));
                    continue;
                }
                Matcher listening = LISTENING.matcher(event.path("formattedMessage").asText());
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
            Optional<ProcessHandle> postgres = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
            if (postgres.isPresent() && postgres.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
                postgres.get().destroy();
                postgres.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
