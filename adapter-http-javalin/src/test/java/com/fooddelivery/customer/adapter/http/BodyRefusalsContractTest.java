package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyBuffering} answers 408 and 429 before any route runs, to whatever request sends a body:
 * every operation that takes one must list both, so that clients generated from the contract know
 * them, and the answers must be the ones the contract describes.
 */
class BodyRefusalsContractTest {

    /** The 429 responses whose description covers the per-address body limit. */
    private static final Set<String> BODY_LIMIT_429 =
            Set.of("#/components/responses/TooManyBodies", "#/components/responses/Throttled");

    private static final String TOO_SLOW = "#/components/responses/BodyTooSlow";

    private static RouteServer server;

    @BeforeAll
    static void start() {
        server = RouteServer.start(RouteServer.nobodySignedIn(), ServiceKeys.none(), (routes, responses, bodies) -> {});
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyOperationThatTakesABodyListsTheTwoRefusalsOfItsBody() {
        Set<String> missing = new TreeSet<>();
        Set<String> takingABody = new TreeSet<>();
        JsonNode paths = ApiContract.document().path("paths");
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (!operation.getValue().has("requestBody")) {
                        return;
                    }
                    String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    takingABody.add(name);
                    JsonNode responses = operation.getValue().path("responses");
                    if (!responses.path("408").path("$ref").asText().equals(TOO_SLOW)) {
                        missing.add(name + ": 408 " + TOO_SLOW);
                    }
                    if (!BODY_LIMIT_429.contains(
                            responses.path("429").path("$ref").asText())) {
                        missing.add(name + ": 429 one of " + BODY_LIMIT_429);
                    }
                }));

        assertThat(takingABody).contains("POST /api/v1/orders", "PUT /api/v1/ops/menu-items/{id}/picture");
        assertThat(missing)
                .as("operations that take a body but do not list its refusals")
                .isEmpty();
    }

    @Test
    void aBodyThatStopsArrivingIsA408TheContractDescribes() throws IOException {
        try (Socket client = connectFrom("127.0.0.21")) {
            client.setSoTimeout(20_000);
            // Ten of a hundred bytes, then nothing: the minimum rate cuts it about two seconds on.
            String head = "POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n";
            send(client, head + "{\"items\":[");

            Answer answer = Answer.read(client.getInputStream());

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.headers()).containsEntry("Connection", List.of("close"));
            answer.checkAgainstContract("/api/v1/orders");
        }
    }

    @Test
    void aBodyBeyondTheAddresssLimitIsA429TheContractDescribes() throws IOException {
        List<Socket> sending = new ArrayList<>();
        String head = "POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 60000\r\n\r\n";
        String half = " ".repeat(30_000);
        try {
            // Half of a 60,000-byte body each, at once: well above the minimum rate for about 30 s, so
            // every body taken in keeps its slot that long.
            for (int body = 0; body < BodyLimits.DEFAULT.perClient(); body++) {
                Socket socket = connectFrom("127.0.0.22");
                sending.add(socket);
                send(socket, head + half);
            }
            // The server may not have taken them all in yet: a try taken in (or answered later than
            // the wait, which grows on a loaded machine) sends half its body too and holds a slot, so
            // one of the next tries is refused.
            Answer refusal = null;
            for (int extra = 0; extra <= BodyLimits.DEFAULT.perClient() && refusal == null; extra++) {
                Socket socket = connectFrom("127.0.0.22");
                sending.add(socket);
                socket.setSoTimeout(Math.min(250 * (extra + 1), 2_000));
                send(socket, head);
                try {
                    refusal = Answer.read(socket.getInputStream());
                } catch (SocketTimeoutException admitted) {
                    sendUnlessCut(socket, half);
                }
            }

            assertThat(refusal).isNotNull();
            assertThat(refusal.status()).isEqualTo(429);
            assertThat(refusal.headers()).containsEntry("Retry-After", List.of("1"));
            refusal.checkAgainstContract("/api/v1/orders");
        } finally {
            for (Socket socket : sending) {
                socket.close();
            }
        }
    }

    private static Socket connectFrom(String address) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), server.port(), InetAddress.getByName(address), 0);
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * On a loaded machine an answer may come after the read gave up: then the connection is closed
     * and holds no slot, and the next body tries again.
     */
    private static void sendUnlessCut(Socket socket, String text) {
        try {
            send(socket, text);
        } catch (IOException cut) {
            // Refused or cut after all: it holds no slot.
        }
    }

    /** A response read off the socket: status, headers (as sent) and the body of its Content-Length. */
    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {

        static Answer read(InputStream in) throws IOException {
            String status = line(in);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(
                    headers.getOrDefault("Content-Length", List.of("0")).get(0));
            return new Answer(Integer.parseInt(status.split(" ")[1]), headers, in.readNBytes(length));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int next = in.read(); next != '\n'; next = in.read()) {
                if (next < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (next != '\r') {
                    line.write(next);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        /** The refused request carried no credentials and only part of its body: the contract's answer for it. */
        void checkAgainstContract(String path) {
            ApiContract.check(
                    "POST",
                    URI.create(path),
                    Map.of("Content-Type", List.of("application/json")),
                    null,
                    status,
                    headers,
                    body);
        }
    }
}
