package com.fooddelivery.customer.adapter.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client over a real socket, as a browser's EventSource reads a stream: the JDK's
 * HttpClient hands over the body line by line, and a thread of its own parses the lines into events
 * (and comments) as they arrive.
 */
public final class SseClient implements AutoCloseable {

    /** The end of the stream, as {@link #next} reports it. */
    public static final Event END = new Event(null, "(end)", null, -1);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ContractClient.ANSWER_WITHIN)
            .build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private volatile int retry = -1;

    private final HttpRequest request;
    private String refusal;

    private SseClient(HttpRequest request, HttpResponse<Stream<String>> response) {
        this.request = request;
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "sse-client");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Opens a stream.
     *
     * @param port    the service's port
     * @param path    e.g. {@code /api/v1/orders/events}
     * @param headers name, value pairs (the token, {@code Last-Event-ID})
     * @return the client, whatever the status
     */
    public static SseClient open(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream");
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpRequest get = request.GET().build();
        try {
            SseClient client = new SseClient(get, HTTP.send(get, HttpResponse.BodyHandlers.ofLines()));
            client.checkAgainstTheContract();
            return client;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public HttpResponse<Stream<String>> response() {
        return response;
    }

    public int status() {
        return response.statusCode();
    }

    /** The body of a refusal (not a stream), for its problem+json. */
    public synchronized String body() {
        if (refusal == null) {
            refusal = String.join("\n", response.body().toList());
        }
        return refusal;
    }

    /**
     * Holds the answer to {@code docs/openapi.yaml}: a refusal whole, a stream by its status and headers
     * (its body is a string to the contract; {@link #expect} callers check each event's data).
     */
    private void checkAgainstTheContract() {
        byte[] body = status() == 200
                ? "retry: 3000\n\n".getBytes(StandardCharsets.UTF_8)
                : body().getBytes(StandardCharsets.UTF_8);
        ApiContract.check(
                "GET",
                request.uri(),
                request.headers().map(),
                null,
                status(),
                response.headers().map(),
                body);
    }

    /** The {@code retry:} the stream asked for, -1 before it did. */
    public int retry() {
        return retry;
    }

    public List<String> comments() {
        return comments;
    }

    /**
     * The next event, waiting at most {@code wait}.
     *
     * @return the event, {@link #END} when the stream ended, or empty when none came in time
     */
    public Optional<Event> next(Duration wait) throws InterruptedException {
        return Optional.ofNullable(events.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The next event, which must come within {@code wait}. */
    public Event expect(Duration wait) throws InterruptedException {
        return next(wait).orElseThrow(() -> new AssertionError("no event within " + wait));
    }

    private void read() {
        String id = null;
        String type = "message";
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, type, data.toString(), System.nanoTime()));
                    }
                    type = "message";
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = data == null
                            ? new StringBuilder(line.substring(6))
                            : data.append('\n').append(line.substring(6));
                } else if (line.startsWith("retry: ")) {
                    retry = Integer.parseInt(line.substring(7));
                } else {
                    throw new AssertionError("not an SSE line: " + line);
                }
            }
        } catch (UncheckedIOException | IllegalStateException closed) {
            // The client closed it, or the connection broke: either way the stream is over.
        } finally {
            events.add(END);
        }
    }

    /** Hangs up. */
    @Override
    public void close() {
        response.body().close();
    }

    /**
     * One event.
     *
     * @param id         its {@code id:} (the log position)
     * @param type       its {@code event:}
     * @param data       its {@code data:}
     * @param receivedAt when it arrived ({@link System#nanoTime()})
     */
    public record Event(String id, String type, String data, long receivedAt) {
        public long position() {
            return Long.parseLong(id);
        }
    }

    @SuppressWarnings("ReferenceEquality") // END is a sentinel: only that very instance marks the end.
    public static List<Event> drain(SseClient client, Duration quiet) throws InterruptedException {
        List<Event> all = new ArrayList<>();
        for (Optional<Event> next = client.next(quiet);
                next.isPresent() && next.get() != END;
                next = client.next(quiet)) {
            all.add(next.get());
        }
        return all;
    }
}
