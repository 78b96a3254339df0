package com.fooddelivery.customer.bootstrap;

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
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Talks to a running service over a real socket, the way the customer app does, and holds every
 * exchange to the API contract ({@link ApiContract#check}).
 */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /**
     * A GET outside the API contract, such as a static file, sent without checking it against the
     * contract. Only for what the contract deliberately leaves out.
     */
    HttpResponse<byte[]> http(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A request with a JSON body; {@code headers} are name, value pairs. */
    HttpResponse<byte[]> json(String method, String path, String body, String... headers) {
        return send(method, path, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** A request without a body; {@code headers} are name, value pairs. */
    HttpResponse<byte[]> call(String method, String path, String... headers) {
        return send(method, path, null, null, headers);
    }

    /** A request with a body of the given type; {@code headers} come in name/value pairs. */
    HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Sends the request and checks the exchange against the API contract before handing it back. */
    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ApiContract.check(request.method(), request.uri(), request.headers().map(), bodyOf(request),
                    response.statusCode(), response.headers().map(), response.body());
            return response;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
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
            return bytes.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the request body could not be read back", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * Puts an item on the menu, in a new category, through the service API: something to order for
     * tests about what comes after the menu.
     *
     * @return the item's id
     */
    int newMenuItem(String serviceKey, String category, String item, String price) {
        int categoryId = json(json("POST", "/api/v1/ops/categories", "{\"name\":\"" + category + "\"}",
                "X-Service-Key", serviceKey)).get("id").asInt();
        return json(json("POST", "/api/v1/ops/menu-items", "{\"categoryId\":" + categoryId + ",\"name\":\"" + item
                + "\",\"price\":" + price + "}", "X-Service-Key", serviceKey)).get("id").asInt();
    }

    /**
     * Moves an order through the kitchen and the courier to DELIVERED, the way they report it: an
     * order to rate or to count in tests about what comes after the delivery.
     *
     * @return the order's uid, for chaining
     */
    String deliver(String serviceKey, String uid) {
        for (String step : new String[] {"COOKING_STARTED", "COOKING_FINISHED", "DELIVERY_STARTED", "DELIVERED"}) {
            HttpResponse<byte[]> moved = json("POST", "/api/v1/ops/orders/" + uid + "/events",
                    "{\"type\":\"" + step + "\"}", "X-Service-Key", serviceKey);
            if (moved.statusCode() != 200) {
                throw new AssertionError(step + " of " + uid + ": " + text(moved));
            }
        }
        return uid;
    }

    /**
     * Signs a new customer up and in: someone to place and pay orders in tests about those.
     *
     * @return the session's bearer token
     */
    String signedInCustomer(String login, String phoneNumber, String password) {
        HttpResponse<byte[]> signUp = json("POST", "/api/v1/customers", "{\"login\":\"" + login + "\",\"email\":\""
                + login + "@example.org\",\"phoneNumber\":\"" + phoneNumber + "\",\"password\":\"" + password + "\"}");
        if (signUp.statusCode() != 201) {
            throw new IllegalStateException("sign-up refused: " + text(signUp));
        }
        HttpResponse<byte[]> session = json("POST", "/api/v1/sessions",
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}");
        if (session.statusCode() != 201) {
            throw new IllegalStateException("sign-in refused: " + text(session));
        }
        return json(session).get("token").asText();
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
