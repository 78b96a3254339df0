package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What operators rely on: probes, metrics, request ids and the request log, headers and CORS. */
class OperationsApiTest {

    private static final String APP_ORIGIN = "https://app.example.com";
    private static final String SERVICE_KEY = "kitchen-key-0123456789abcdef";
    private static final String PASSWORD = "violet staple orbit";

    private static CustomerBackend backend;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        backend = TestBackends.start(
                database,
                "CORS_ORIGINS",
                APP_ORIGIN + ",http://localhost:3000",
                "SERVICE_KEYS",
                SERVICE_KEY,
                "HTTP_MAX_THREADS",
                "32",
                "DB_POOL_SIZE",
                "6");
        api = new ApiClient(backend.port());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aRefusalMadeBeforeTheBodyIsReadStillReachesAClientThatIsStillSendingIt() {
        // Under the 64 KiB JSON limit, but more than one socket buffer: the client is still writing
        // when the token check refuses, and an answer written over an unread body used to be lost
        // to a reset connection now and then.
        String body = """
                {"deliveryAddress": "%s"}""".formatted("😀".repeat(15_000));
        for (int attempt = 0; attempt < 40; attempt++) {
            HttpResponse<byte[]> response = api.json(
                    "POST",
                    "/api/v1/orders",
                    body,
                    "Authorization",
                    "Bearer not-a-token-" + attempt,
                    "Idempotency-Key",
                    "k" + attempt);

            assertThat(response.statusCode()).as("attempt " + attempt).isEqualTo(401);
        }
    }

    @Test
    void livenessAndReadinessAreUpWhileTheDatabaseAnswersAndHealthKeepsItsShape() {
        for (String probe : List.of("/health/live", "/health/ready", "/health")) {
            HttpResponse<byte[]> response = api.get(probe);

            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(json(response).get("status").asText()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersFoundOrNotAuthorizedOrNot() {
        for (HttpResponse<byte[]> response : List.of(
                api.get("/api/v1/categories"),
                api.get("/api/v1/no-such-thing"),
                api.get("/api/v1/customers/me"),
                api.get("/api/v1/menu-items/abc"))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .contains("default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void theApiDocumentationPageKeepsAPolicyOfItsOwn() {
        HttpResponse<byte[]> response = api.get("/docs");

        assertThat(response.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnyOtherIsReplacedByAFreshOne() {
        String traced = "trace-" + UUID.randomUUID();

        assertThat(api.get("/api/v1/categories", "X-Request-Id", traced)
                        .headers()
                        .firstValue("X-Request-Id"))
                .contains(traced);
        String forged = api.get("/api/v1/categories", "X-Request-Id", "x\" level=ERROR msg=forged")
                .headers()
                .firstValue("X-Request-Id")
                .orElseThrow();
        assertThat(UUID.fromString(forged)).isNotNull();
        String generated = api.get("/api/v1/no-such-thing")
                .headers()
                .firstValue("X-Request-Id")
                .orElseThrow();
        assertThat(UUID.fromString(generated)).isNotNull();
    }

    @Test
    void aListedOriginMayCallFromABrowserAndNoOtherMay() {
        HttpResponse<byte[]> allowed = api.call(
                "OPTIONS",
                "/api/v1/customers/me",
                "Origin",
                APP_ORIGIN,
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization");
        HttpResponse<byte[]> simple = api.get("/api/v1/categories", "Origin", APP_ORIGIN);
        HttpResponse<byte[]> foreign = api.call(
                "OPTIONS",
                "/api/v1/customers/me",
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization");

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                .containsIgnoringCase("authorization");
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).contains(APP_ORIGIN);
        assertThat(simple.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("X-Request-Id");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void metricsShowPerRouteTimingsTheConfiguredThreadsAndPoolAndTheJvm() {
        api.get("/api/v1/categories");
        api.get("/api/v1/menu-items/999999");

        HttpResponse<byte[]> response = api.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        String body = ApiClient.text(response);
        assertThat(body)
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*route=\"/api/v1/categories\"[^}]*status=\"200\"")
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*route=\"/api/v1/menu-items/\\{id}\"[^}]*status=\"404\"")
                .contains("hikaricp_connections_max{pool=\"customerbackend\"} 6.0")
                .contains("jetty_threads_config_max 32.0")
                .contains("jvm_memory_used_bytes")
                // Raw paths never become series: one per route template.
                .doesNotContain("/api/v1/menu-items/999999");
    }

    @Test
    void theRequestLogHasOneLinePerRequestAndNoSecretEverReachesTheLog() {
        CapturingAppender captured = CapturingAppender.attach();
        try {
            String login = "logcheck" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(api.json("POST", "/api/v1/customers", """
                                    {"login": "%s", "email": "%s@example.org", "phoneNumber": "+4915155507%d",
                                     "password": "%s"}""".formatted(
                                            login, login, (int) (Math.random() * 900 + 100), PASSWORD))
                            .statusCode())
                    .isEqualTo(201);
            HttpResponse<byte[]> signIn =
                    api.json("POST", "/api/v1/sessions", """
                    {"login": "%s", "password": "%s"}""".formatted(login, PASSWORD), "X-Request-Id", "signin-1");
            assertThat(signIn.statusCode()).isEqualTo(201);
            String token = json(signIn).get("token").asText();
            assertThat(api.get("/api/v1/customers/me?token=" + token, "Authorization", "Bearer " + token)
                            .statusCode())
                    .isEqualTo(200);
            api.json("POST", "/api/v1/sessions", """
                    {"login": "%s", "password": "wrong %s"}""".formatted(login, PASSWORD));
            api.json("POST", "/api/v1/ops/categories", "{\"name\":\"Soups\"}", "X-Service-Key", SERVICE_KEY);
            api.json("POST", "/api/v1/ops/categories", "{\"name\":\"Soups\"}", "X-Service-Key", SERVICE_KEY + "x");

            // The line is written once the answer is on its way, so it may trail the client a little.
            List<String> lines = captured.awaitLine("GET /api/v1/customers/me 200");
            assertThat(lines).anySatisfy(line -> assertThat(line).matches("POST /api/v1/sessions 201 \\d+ ms"));
            assertThat(captured.requestIds()).contains("signin-1");
            for (String secret : List.of(PASSWORD, token, SERVICE_KEY)) {
                assertThat(captured.everything()).as("the log").doesNotContain(secret);
            }
        } finally {
            captured.detach();
        }
    }

    /** Keeps every event logged anywhere while attached; thread-safe, as server threads log into it. */
    private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {

        private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        static CapturingAppender attach() {
            CapturingAppender appender = new CapturingAppender();
            appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            appender.start();
            root().addAppender(appender);
            return appender;
        }

        void detach() {
            root().detachAppender(this);
            stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            events.add(event);
        }

        List<String> awaitLine(String prefix) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline && lines().stream().noneMatch(line -> line.startsWith(prefix))) {
                Thread.onSpinWait();
            }
            assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith(prefix));
            return lines();
        }

        List<String> lines() {
            return events.stream()
                    .filter(event -> event.getLoggerName().endsWith(".RequestLog"))
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
        }

        List<String> requestIds() {
            return events.stream()
                    .map(event -> event.getMDCPropertyMap().get("requestId"))
                    .toList();
        }

        /** Every part of every event a layout or encoder could print. */
        String everything() {
            StringBuilder all = new StringBuilder();
            for (ILoggingEvent event : events) {
                all.append(event.getFormattedMessage())
                        .append('\n')
                        .append(event.getMDCPropertyMap())
                        .append('\n')
                        .append(event.getKeyValuePairs())
                        .append('\n');
                if (event.getArgumentArray() != null) {
                    all.append(List.of(event.getArgumentArray())).append('\n');
                }
                for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                    all.append(thrown.getClassName())
                            .append(": ")
                            .append(thrown.getMessage())
                            .append('\n');
                }
            }
            return all.toString();
        }

        private static Logger root() {
            return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        }
    }
}
