package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Talks to a running server over a real socket, the way the customer app does, and holds every
 * exchange to the API contract ({@link ApiContract#check}). The route tests here and the end-to-end
 * tests in bootstrap share it, so both levels answer to the same contract.
 */
public class ContractClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How long a request may take before the test calls it unanswered. Wide, about hanging and not
     * speed: at loads of 30 and more on two cores, 10 s failed good requests of several classes
     * (docs/build.md). A request that is never answered still fails, it only fails later.
     */
    public static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
    private final String base;

    /** @param port where the server listens on localhost */
    public ContractClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A GET; {@code headers} are name, value pairs. */
    public HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(ANSWER_WITHIN);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /**
     * A GET outside the API contract, such as a static file, sent without checking it against the
     * contract. Only for what the contract deliberately leaves out.
     */
    public HttpResponse<byte[]> http(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(ANSWER_WITHIN)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A request with a JSON body; {@code headers} are name, value pairs. */
    public HttpResponse<byte[]> json(String method, String path, String body, String... headers) {
        return send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A request without a body; {@code headers} are name, value pairs. */
    public HttpResponse<byte[]> call(String method, String path, String... headers) {
        return send(method, path, null, null, headers);
    }

    /** A request with a body of the given type; {@code headers} come in name/value pairs. */
    public HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(ANSWER_WITHIN)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Sends the request and checks the exchange against the API contract before handing it back. */
    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ApiContract.check(
                    request.method(),
                    request.uri(),
                    request.headers().map(),
                    bodyOf(request),
                    response.statusCode(),
                    response.headers().map(),
                    response.body());
            return response;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The absolute URI of a path on this server. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** The response's body as a JSON tree. */
    public static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** The response's body as UTF-8 text. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /**
     * The bytes the request sent. The JDK's body publishers can be subscribed to again, each time
     * producing the same bytes (a stream publisher asks its supplier for a fresh stream).
     */
    private static byte[] bodyOf(HttpRequest request) {
        if (request.bodyPublisher().isEmpty()) {
            return null;
        }
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            private final ByteArrayOutputStream out = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                bytes.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                bytes.complete(out.toByteArray());
            }
        });
        try {
            return bytes.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the request body could not be read back", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
