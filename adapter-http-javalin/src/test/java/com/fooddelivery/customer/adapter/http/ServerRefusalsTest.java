package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.application.menu.ListCategories;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.menu.MenuFreshness;
import com.fooddelivery.customer.application.menu.ShowItemRatings;
import com.fooddelivery.customer.application.menu.ShowMenuItem;
import com.fooddelivery.customer.application.menu.ShowPicture;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.rating.InMemoryOrderRatings;
import com.fooddelivery.customer.domain.rating.InMemoryRestaurantRatings;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers made before or beside the routes, seen on a raw socket as a client sees them, since
 * Java's HTTP client hides some of these headers and refuses to send some of these requests. The
 * service's own server limits and headers, over an empty menu of the domain's fakes: no database.
 */
class ServerRefusalsTest {

    private static RouteServer server;

    @BeforeAll
    static void start() {
        server = RouteServer.start(
                RouteServer.nobodySignedIn(),
                ServiceKeys.none(),
                (routes, responses, bodies) -> menuRoutes().register(routes, responses));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The public menu over the domain's fakes, empty: the refusals here come before any route's work. */
    private static MenuRoutes menuRoutes() {
        InMemoryMenuRepository menu = new InMemoryMenuRepository();
        MenuFreshness freshness = new MenuFreshness(Duration.ofSeconds(5), Clock.systemUTC());
        InMemoryRestaurantRatings ratings =
                new InMemoryRestaurantRatings(new InMemoryOrderRepository(), new InMemoryOrderRatings());
        return new MenuRoutes(
                new ListCategories(menu, freshness),
                new ListMenuItems(menu, new InMemoryUnitOfWork(), freshness),
                new ShowMenuItem(menu),
                new ShowPicture(menu),
                new ShowItemRatings(ratings, freshness));
    }

    @Test
    void aUriTooLongIsA414WithTheSecurityHeadersAndSaysItClosesTheConnection() throws IOException {
        Answer answer =
                exchange("GET /api/v1/categories?" + "q=x&".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer.status()).isEqualTo(414);
        assertRefusedLikeEveryOtherAnswer(answer);
    }

    @Test
    void headersTooLargeAreA431WithTheSecurityHeadersAndSayItClosesTheConnection() throws IOException {
        Answer answer = exchange(
                "GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000) + "\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertRefusedLikeEveryOtherAnswer(answer);
    }

    @Test
    void aMalformedHeaderIsA400WithTheSecurityHeadersAndSaysItClosesTheConnection() throws IOException {
        Answer answer = exchange("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertRefusedLikeEveryOtherAnswer(answer);
    }

    @Test
    void a405NamesTheMethodsThePathTakes() throws IOException {
        Answer answer = exchange("DELETE /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("allow")).contains("GET");
        assertThat(answer.header("allow")).doesNotContain("DELETE");
    }

    @Test
    void aMethodOverrideHeaderIsIgnoredAPostStaysAPost() throws IOException {
        for (String header : new String[] {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"}) {
            Answer answer = exchange("POST /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + header + ": GET\r\nContent-Length: 0\r\n\r\n");

            assertThat(answer.status()).as(header).isEqualTo(405);
        }
    }

    @Test
    void a304CarriesNoContentType() throws IOException {
        Answer first = exchange("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String etag = first.header("etag");
        assertThat(etag).isNotNull();

        Answer revalidated = exchange("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "If-None-Match: " + etag + "\r\n\r\n");

        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.headers()).doesNotContainKey("content-type");
        assertThat(revalidated.header("etag")).isEqualTo(etag);
    }

    private static void assertRefusedLikeEveryOtherAnswer(Answer answer) {
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.header("referrer-policy")).isEqualTo("no-referrer");
        assertThat(answer.header("x-frame-options")).isEqualTo("DENY");
        assertThat(answer.header("content-security-policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.header("x-request-id")).isNotBlank();
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
        assertThat(answer.header("connection")).isEqualTo("close");
        assertThat(answer.closed())
                .as("the connection is closed after the answer")
                .isTrue();
    }

    /** The status, the headers (names in lower case) and whether the server closed the connection after. */
    private record Answer(int status, Map<String, String> headers, boolean closed) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private static Answer exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
            in.skip(length);
            boolean closed;
            // Every exchange here ends with the server closing: the wait ends at once unless it does not.
            socket.setSoTimeout(30_000);
            try {
                closed = in.read() < 0;
            } catch (SocketTimeoutException open) {
                closed = false;
            } catch (IOException reset) {
                closed = true;
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, closed);
        }
    }
}
