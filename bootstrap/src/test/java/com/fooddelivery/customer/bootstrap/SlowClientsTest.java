package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.BodyLimits;
import com.fooddelivery.customer.adapter.http.ContractClient;
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
import java.util.Locale;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    /** The flood comes from an address of its own, as an attacker's would; the menu is read from 127.0.0.1. */
    private static final String FLOODER = "127.0.0.2";

    /**
     * How long the test may hold its half-bodies before they must be finished: they are cut after 30 s,
     * by the body timeout and by the connection's idle timeout alike.
     */
    private static final Duration HELD = Duration.ofSeconds(25);

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
        HttpRequest menu = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + backend.port() + "/api/v1/categories"))
                .timeout(Duration.ofSeconds(10))
                .build();
        List<Long> millis = new ArrayList<>();
        try (Flood flood = new Flood()) {
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
            System.out.printf(
                    "GET /categories under %d trickled bodies: p50 %d ms, p99 %d ms, max %d ms;"
                            + " flood connections opened %d, answered %d%n",
                    SENDERS, millis.get(49), millis.get(98), millis.get(99), flood.opened.get(), flood.answered.get());
        }
        // Unprotected, the menu did not answer at all (10 s timeout) while the request threads
        // waited for the bodies; the bound is wide enough for a loaded two-core machine.
        assertThat(millis.get(98)).as("p99 of the menu's latency in ms").isLessThan(2_000);
    }

    @Test
    void aBodyTrickledFarBelowTheMinimumRateIsCutOffWith408() throws Exception {
        try (Socket client = connectFrom("127.0.0.3")) {
            client.setSoTimeout(20_000);
            OutputStream out = client.getOutputStream();
            out.write(headers().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
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
                responseHeaders.add(line.toLowerCase(Locale.ROOT));
            }
            trickle.interrupt();

            assertThat(status).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(responseHeaders)
                    .contains(
                            "connection: close",
                            "content-type: application/problem+json",
                            "x-content-type-options: nosniff");
            // 50 bytes at 2 a second would take 25 s; the minimum rate cuts it within a few.
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(15_000);
        }
    }

    @Test
    void oneAddressMaySendOnlySoManyBodiesAtOnce() throws Exception {
        int allowed = BodyLimits.DEFAULT.perClient();
        int extra = 10;
        // Warm: a fresh service's first request through the routes loads classes for a while, which took
        // over 10 s on one loaded core; the check of the other address below must not wait for that.
        assertThat(signInWithoutFieldsFrom("127.0.0.5", ContractClient.ANSWER_WITHIN.toMillis()))
                .isEqualTo("HTTP/1.1 400 Bad Request");
        List<Socket> sending = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(allowed + extra);
        try {
            // Half of a 60,000-byte body on each connection: well above the minimum rate for 30 s, so
            // whichever the server takes in holds its slot for the whole test. The server may take
            // them in in any order (each on a thread of its own); which ones are refused is not the
            // point, how many is.
            long held = System.nanoTime() + HELD.toNanos();
            CompletionService<Answer> answers = new ExecutorCompletionService<>(readers);
            for (int body = 0; body < allowed + extra; body++) {
                Socket socket = connectFrom("127.0.0.4");
                sending.add(socket);
                // Only ends a hang: the answers come when the server gives them.
                socket.setSoTimeout(
                        (int) ContractClient.ANSWER_WITHIN.multipliedBy(2).toMillis());
                socket.getOutputStream().write(halfOfABody().getBytes(StandardCharsets.US_ASCII));
                answers.submit(() -> new Answer(socket, statusLine(socket)));
            }
            List<Socket> refused = new ArrayList<>();
            for (Answer answer : take(answers, extra, held)) {
                assertThat(answer.status())
                        .as("a body beyond the %d taken in", allowed)
                        .isEqualTo("HTTP/1.1 429 Too Many Requests");
                refused.add(answer.socket());
            }

            // Another address is not affected.
            long left = TimeUnit.NANOSECONDS.toMillis(held - System.nanoTime());
            assertThat(left).as("time left of the %s the bodies are held", HELD).isPositive();
            assertThat(signInWithoutFieldsFrom("127.0.0.5", left)).isEqualTo("HTTP/1.1 400 Bad Request");

            // The other 32 were taken in, none refused: each finished body reaches the route, whose
            // answer to a body of blanks is a 400.
            for (Socket socket : sending) {
                if (!refused.contains(socket)) {
                    socket.getOutputStream().write(" ".repeat(30_000).getBytes(StandardCharsets.US_ASCII));
                }
            }
            assertThat(take(answers, allowed, System.nanoTime() + ContractClient.ANSWER_WITHIN.toNanos()))
                    .extracting(Answer::status)
                    .as("the bodies taken in, finished")
                    .containsOnly("HTTP/1.1 400 Bad Request");
        } finally {
            readers.shutdownNow();
            for (Socket socket : sending) {
                socket.close();
            }
        }
    }

    /** A connection's first answer, by the connection it came on. */
    private record Answer(Socket socket, String status) {}

    /**
     * The next {@code count} answers, as they come: the wait is for the server's answers, not a guess
     * of how long they take, and the deadline only ends a hang.
     */
    private static List<Answer> take(CompletionService<Answer> answers, int count, long deadline) throws Exception {
        List<Answer> taken = new ArrayList<>();
        while (taken.size() < count) {
            Future<Answer> next = answers.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(next)
                    .as("answer %d of %d in time", taken.size() + 1, count)
                    .isNotNull();
            taken.add(next.get());
        }
        return taken;
    }

    /** The status line of a sign-in without its fields, sent from {@code address}: 400 when the body was taken in. */
    private static String signInWithoutFieldsFrom(String address, long timeoutMillis) throws IOException {
        try (Socket socket = connectFrom(address)) {
            socket.setSoTimeout((int) timeoutMillis);
            socket.getOutputStream()
                    .write(("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                            .getBytes(StandardCharsets.US_ASCII));
            return statusLine(socket);
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    private static String halfOfABody() {
        return "POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 60000\r\n\r\n" + " ".repeat(30_000);
    }

    /** A connection to the service from one of the loopback addresses, which the service tells apart. */
    private static Socket connectFrom(String address) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), backend.port(), InetAddress.getByName(address), 0);
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
     * An order with a token that is no token: refused before its body is read, whose rest used to
     * be read afterwards on the request thread, at the client's pace.
     */
    private static String refusedBeforeItsBodyIsRead() {
        return "POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer not-a-token\r\nIdempotency-Key: flood\r\n"
                + "Content-Length: " + DECLARED_LENGTH + "\r\n\r\n";
    }

    /**
     * {@link #SENDERS} connections each declaring a small body, half of them a sign-in and half an
     * order refused before its body is read, and sending one byte of it every third of a second. A
     * connection the server closes or answers is opened again within a second, so the pressure
     * lasts as long as the flood.
     */
    private static final class Flood implements AutoCloseable {

        private final Socket[] sockets = new Socket[SENDERS];
        private final AtomicInteger opened = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private volatile boolean running = true;
        private Thread thread;

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
                if (socket != null
                        && !socket.isClosed()
                        && socket.getInputStream().available() > 0) {
                    answered.incrementAndGet();
                    socket.close();
                }
                if (socket == null || socket.isClosed()) {
                    if (!reopen) {
                        return;
                    }
                    socket = connectFrom(FLOODER);
                    sockets[slot] = socket;
                    opened.incrementAndGet();
                    String request = slot % 2 == 0 ? headers() : refusedBeforeItsBodyIsRead();
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
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
