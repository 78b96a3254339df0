package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.ApiContract;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/examples/tracking.html} in a real browser: Debian's Chromium, headless, opens the page
 * from an origin in {@code CORS_ORIGINS}, and its {@code EventSource} shows the order's status change as
 * the test drives it through the kitchen and the courier. The page reports what it shows to the origin
 * that served it. Without Chromium this test fails (CI installs it; see {@code .ci/run}).
 */
class TrackingPageBrowserTest {

    private static final String SERVICE_KEY = "browser-service-key-0123456789";
    private static final Path PAGE =
            ApiContract.SOURCE.resolveSibling("examples").resolve("tracking.html");
    private static final Duration SOON = Duration.ofSeconds(30);

    @Test
    void thePageShowsTheStatusChangingAsTheKitchenAndCourierReportSteps() throws Exception {
        Path chromium = chromium();
        BlockingQueue<Map<String, String>> seen = new LinkedBlockingQueue<>();
        HttpServer origin = pageServer(seen);
        String originUrl = "http://127.0.0.1:" + origin.getAddress().getPort();
        CustomerBackend backend = TestBackends.start(
                TestPostgres.freshDatabase(), "SERVICE_KEYS", SERVICE_KEY, "CORS_ORIGINS", originUrl);
        Process browser = null;
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            ApiClient api = new ApiClient(backend.port());
            int item = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
            CustomerCalls customers = new CustomerCalls(api);
            String token = customers.signedIn("browser", "+4915112345678");
            String uid = customers.placed(token, orderBody(item, 1, "CASH_ON_DELIVERY"));
            String page = originUrl + "/tracking.html#api=http://localhost:" + backend.port() + "&order=" + uid
                    + "&token=" + token + "&report=1";
            browser = new ProcessBuilder(
                            chromium.toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile,
                            page)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();

            assertThat(next(seen)).containsEntry("type", "order-state").containsEntry("shown", "PROCESSING");
            List<String> shown = new ArrayList<>();
            for (String step : List.of("COOKING_STARTED", "DELIVERY_STARTED", "DELIVERED")) {
                if (step.equals("DELIVERY_STARTED")) {
                    kitchen(api, uid, "COOKING_FINISHED");
                    assertThat(next(seen)).containsEntry("shown", "COOKING");
                }
                kitchen(api, uid, step);
                Map<String, String> report = next(seen);
                assertThat(report).containsEntry("type", "status-changed");
                shown.add(report.get("shown"));
            }
            assertThat(shown).containsExactly("COOKING", "IN_DELIVERY", "DELIVERED");
            // The stream ended after delivery; the browser's reconnect got 204 and EventSource gave up.
            assertThat(next(seen)).containsEntry("type", "closed").containsEntry("shown", "DELIVERED (finished)");
        } finally {
            if (browser != null) {
                HeadlessChromium.end(browser, profile);
            } else {
                HeadlessChromium.deleteQuietly(profile);
            }
            backend.close();
            origin.stop(0);
        }
    }

    /** Debian's Chromium, which the test needs: its absence is a failure, not a reason to skip. */
    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("Chromium is not installed: apt-get install -y chromium (.ci/run does)");
    }

    /** Serves the page, and records what the page says it shows. */
    // A literal IPv4 address, no name to resolve; the page's origin names the same.
    @SuppressWarnings("AddressSelection")
    private static HttpServer pageServer(BlockingQueue<Map<String, String>> seen) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tracking.html", exchange -> {
            byte[] html = Files.readAllBytes(PAGE);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.createContext("/seen", exchange -> {
            Map<String, String> report = new HashMap<>();
            String query = exchange.getRequestURI().getRawQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] parts = pair.split("=", 2);
                report.put(
                        URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            seen.add(report);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Map<String, String> next(BlockingQueue<Map<String, String>> seen) throws InterruptedException {
        Map<String, String> report = seen.poll(SOON.toSeconds(), TimeUnit.SECONDS);
        assertThat(report).as("the page reported nothing within " + SOON).isNotNull();
        return report;
    }

    private static void kitchen(ApiClient api, String uid, String step) {
        assertThat(api.json(
                                "POST",
                                "/api/v1/ops/orders/" + uid + "/events",
                                """
                                {"type": "%s"}""".formatted(step),
                                "X-Service-Key",
                                SERVICE_KEY)
                        .statusCode())
                .isEqualTo(200);
    }
}
