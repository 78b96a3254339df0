package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that sends request bodies a few bytes a second, on many connections, must not take the
 * request threads from everyone else, and one such body is cut off instead of held for ever.
 */
class SlowClientsTest {

    /** More connections than the default 200 request threads, as in the attack that found it. */
    private static final int SENDERS = 250;
    private static final int DECLARED_LENGTH = 100;

    private static CustomerBackend backend;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database);
        api = new ApiClient(backend.port());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void twoHundredFiftyTrickledBodiesLeaveTheMenuAnswering() throws Exception {
        // Warm: the first request of a fresh service reads the menu and loads classes for a while.
        assertThat(api.get("/api/v1/categories").statusCode()).isEqualTo(200);
        HttpClient plain = HttpClient.newHttpClient();
        HttpRequest menu = HttpRequest.newBuilder(URI.create("http://localhost:" + backend.port() + "/api/v1/categories"))
                .timeout(Duration.ofSeconds(10)).build();
        List<Long> millis = new ArrayList<>();
        try (Flood flood = new Flood(backend.port())) {
            flood.start();
            Thread.sleep(2_000);
            for (int probe = 0; probe < 100; probe++) {
                long started = System.nanoTime();
                HttpResponse<Void> response = plain.send(menu, HttpResponse.BodyHandlers.discarding());
                millis.add((System.nanoTime() - started) / 1_000_000);

                assertThat(response.statusCode()).as("probe " + probe).isEqualTo(200);
                Thread.sleep(50);
            }
            assertThat(flood.opened.get()).as("the flood really ran").isGreaterThanOrEqualTo(SENDERS);
            Collections.sort(millis);
            System.out.printf("GET /categories under %d trickled bodies: p50 %d ms, p99 %d ms, max %d ms;"
                    + " flood connections opened %d, answered %d%n", SENDERS, millis.get(49), millis.get(98),
                    millis.get(99), flood.opened.get(), flood.answered.get());
        }
        // Unprotected, the menu did not answer at all (10 s timeout) while the request threads
        // waited for the bodies; the bound is wide enough for a loaded two-core machine.
        assertThat(millis.get(98)).as("p99 of the menu's latency in ms").isLessThan(2_000);
    }

    @Test
    void aBodyTrickledFarBelowTheMinimumRateIsCutOffWith408() throws Exception {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), backend.port())) {
            client.setSoTimeout(20_000);
            OutputStream out = client.getOutputStream();
            out.write(headers().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            Thread trickle = daemon("trickle", () -> {
                try {
                    for (int sent = 0; sent < DECLARED_LENGTH - 1; sent++) {
                        out.write('{');
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException cut) {
                    // The server closed the connection: what is expected.
                }
            });

            String status = in.readLine();
            List<String> responseHeaders = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                responseHeaders.add(line.toLowerCase());
            }
            trickle.interrupt();

            assertThat(status).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(responseHeaders).contains("connection: close", "content-type: application/problem+json",
                    "x-content-type-options: nosniff");
            // 50 bytes at 2 a second would take 25 s; the minimum rate cuts it within a few.
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(15_000);
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String headers() {
        return "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + DECLARED_LENGTH + "\r\n\r\n";
    }

    /**
     * {@link #SENDERS} connections each declaring a small sign-in body and sending one byte of it
     * every third of a second. A connection the server closes or answers is opened again within a
     * second, so the pressure lasts as long as the flood.
     */
    private static final class Flood implements AutoCloseable {

        private final int port;
        private final Socket[] sockets = new Socket[SENDERS];
        private final AtomicInteger opened = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private volatile boolean running = true;
        private Thread thread;

        Flood(int port) {
            this.port = port;
        }

        void start() {
            thread = daemon("flood", this::run);
        }

        private void run() {
            for (int tick = 0; running; tick++) {
                for (int slot = 0; slot < SENDERS && running; slot++) {
                    tend(slot, tick % 3 == 0);
                }
                try {
                    Thread.sleep(333);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        private void tend(int slot, boolean reopen) {
            Socket socket = sockets[slot];
            try {
                if (socket != null && !socket.isClosed() && socket.getInputStream().available() > 0) {
                    answered.incrementAndGet();
                    socket.close();
                }
                if (socket == null || socket.isClosed()) {
                    if (!reopen) {
                        return;
                    }
                    socket = new Socket(InetAddress.getLoopbackAddress(), port);
                    sockets[slot] = socket;
                    opened.incrementAndGet();
                    socket.getOutputStream().write(headers().getBytes(StandardCharsets.US_ASCII));
                }
                OutputStream out = socket.getOutputStream();
                out.write(' ');
                out.flush();
            } catch (IOException refused) {
                close(slot);
            }
        }

        private void close(int slot) {
            try {
                if (sockets[slot] != null) {
                    sockets[slot].close();
                }
            } catch (IOException ignored) {
                // Closing a socket the server already dropped.
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join(10_000);
            }
            for (int slot = 0; slot < SENDERS; slot++) {
                close(slot);
            }
        }
    }
}
