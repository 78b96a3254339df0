package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole 3-D Secure journey in a real browser: the app pays with Stripe's always-authenticate
 * test card, headless Chromium opens the sandbox's challenge page from {@code nextAction.url}, the
 * cardholder presses "Complete" (or "Fail"), the browser lands on the app's return page with the
 * payment's reference, and the app's {@code complete} call settles the order. Without Chromium
 * this test fails: {@code .ci/run} installs it.
 */
class ThreeDSecureBrowserTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";

    private static HttpServer app;
    private static final Queue<CompletableFuture<String>> RETURNS = new ConcurrentLinkedQueue<>();
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static int soup;
    /** One browser for both challenges: the second test opens its page in it. */
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.executable();
        // The client app's return page: it reads the reference the processor hands back.
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/returned", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String reference = query == null ? "" : query.replaceFirst(".*payment_reference=([^&]*).*", "$1");
            CompletableFuture<String> waiting = RETURNS.poll();
            if (waiting != null) {
                waiting.complete(URLDecoder.decode(reference, StandardCharsets.UTF_8));
            }
            byte[] page = "<!DOCTYPE html><title>Back in the app</title><p id=\"back\">Back in the app</p>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        app.start();
        DatabaseSettings database = TestPostgres.freshDatabase();
        backend = TestBackends.start(
                database,
                "SERVICE_KEYS",
                SERVICE_KEY,
                "CARD_RETURN_URL",
                "http://127.0.0.1:" + app.getAddress().getPort() + "/returned?from=bank");
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        soup = api.newMenuItem(SERVICE_KEY, "Soups", "Borscht", "6.40");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (backend != null) {
            backend.close();
        }
        if (app != null) {
            app.stop(0);
        }
    }

    @Test
    void theCardholderCompletesTheChallengeInChromiumAndTheOrderGoesToTheKitchen() throws Exception {
        Paid paid = payWithThreeDSecure("anna");

        String reference = pressInTheBrowser(paid.url(), "complete");

        assertThat(reference).isEqualTo(paid.reference());
        JsonNode completed = json(complete(paid.token(), reference));
        assertThat(completed.get("payment").get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(completed.get("payment").get("card").get("last4").asText()).isEqualTo("3184");
        JsonNode order = json(api.get("/api/v1/orders/" + paid.uid(), "Authorization", "Bearer " + paid.token()));
        assertThat(order.get("status").asText()).isEqualTo("PROCESSING");
    }

    @Test
    void theCardholderFailsTheChallengeInChromiumAndThePaymentFailsWithTheReason() throws Exception {
        Paid paid = payWithThreeDSecure("bob");

        String reference = pressInTheBrowser(paid.url(), "fail");

        JsonNode completed = json(complete(paid.token(), reference));
        assertThat(completed.get("payment").get("status").asText()).isEqualTo("FAILED");
        assertThat(completed.get("payment").get("failureReason").asText()).isEqualTo("authentication_failed");
        assertThat(completed.get("orderStatus").asText()).isEqualTo("AWAITING_PAYMENT");
    }

    /** Opens the challenge in Chromium, presses a button, and returns the reference the app's page received. */
    private static String pressInTheBrowser(String url, String button) throws Exception {
        CompletableFuture<String> returned = new CompletableFuture<>();
        RETURNS.add(returned);
        if (browser == null) {
            browser = HeadlessChromium.open(url);
        } else {
            // The page the last test left is the app's return page, which has no challenge buttons.
            browser.navigate(url);
        }
        browser.waitUntil("document.readyState === 'complete' && document.getElementById('" + button + "') !== null");
        assertThat(browser.evaluate("document.title")).contains("3-D Secure");
        browser.evaluate("document.getElementById('" + button + "').click(); 'pressed'");
        browser.waitUntil("document.getElementById('back') !== null");
        assertThat(browser.evaluate("location.href")).contains("/returned?from=bank&payment_reference=");
        return returned.get(60, TimeUnit.SECONDS);
    }

    private record Paid(String token, String uid, String reference, String url) {}

    private static Paid payWithThreeDSecure(String login) {
        String token = customers.signedIn(login, "+49178123456" + (login.equals("anna") ? "01" : "02"));
        String uid = customers.placed(token, orderBody(soup, 1, "CARD"));
        HttpResponse<byte[]> started = api.json(
                "POST",
                "/api/v1/orders/" + uid + "/payments",
                """
                {"card": {"number": "4000002760003184", "expMonth": 12, "expYear": 2030, "cvc": "123",
                 "holder": "Anna Smith"}}""",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(started.statusCode()).as(ApiClient.text(started)).isEqualTo(202);
        JsonNode body = json(started);
        return new Paid(
                token,
                uid,
                body.get("payment").get("reference").asText(),
                body.get("nextAction").get("url").asText());
    }

    private static HttpResponse<byte[]> complete(String token, String reference) {
        return api.call("POST", "/api/v1/payments/" + reference + "/complete", "Authorization", "Bearer " + token);
    }
}
