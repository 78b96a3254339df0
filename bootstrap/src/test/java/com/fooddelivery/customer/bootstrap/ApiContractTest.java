package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.adapter.http.ApiContract;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract and the service describe the same API, and the contract is served as it is written. */
class ApiContractTest {

    private static final byte[] NOT_FOUND = problem(404);

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
    void everyRegisteredRouteIsInTheContract() {
        assertThat(ApiContract.operations()).containsAll(registeredRoutes());
    }

    @Test
    void everyRouteOfTheContractIsRegistered() {
        assertThat(registeredRoutes()).containsAll(ApiContract.operations());
    }

    @Test
    void theServedDocumentIsDocsOpenapiYamlByteForByte() throws IOException {
        HttpResponse<byte[]> served = api.get("/openapi.yaml");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(served.body()).isEqualTo(Files.readAllBytes(ApiContract.SOURCE));
        String tag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(api.get("/openapi.yaml", "If-None-Match", tag).statusCode()).isEqualTo(304);
    }

    @Test
    void swaggerUiIsServedFromTheJarAndReadsTheDocument() {
        HttpResponse<byte[]> page = api.get("/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String html = text(page);
        assertThat(html).contains("url: \"/openapi.yaml\"").doesNotContain("http://", "https://", "${");
        Matcher assets =
                Pattern.compile("(?:src|href)=\"(/webjars/swagger-ui/[^\"]+)\"").matcher(html);
        List<String> urls = assets.results().map(match -> match.group(1)).toList();
        assertThat(urls).hasSize(2);
        for (String url : urls) {
            // Webjar assets are static files, outside the API and its contract: fetched directly.
            HttpResponse<byte[]> asset = api.http(url);
            assertThat(asset.statusCode()).as(url).isEqualTo(200);
            assertThat(asset.body().length).as(url).isGreaterThan(10_000);
        }
    }

    @Test
    void aResponseThatBreaksTheContractFailsTheExchange() {
        byte[] priceAsText =
                "{\"id\":1,\"categoryId\":1,\"name\":\"Margherita\",\"price\":\"8.50\",\"currency\":\"EUR\",\"available\":true}"
                        .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ApiContract.check(
                        "GET",
                        URI.create("/api/v1/menu-items/1"),
                        Map.of(),
                        null,
                        200,
                        Map.of(
                                "Content-Type",
                                List.of("application/json"),
                                "ETag",
                                List.of("\"a\""),
                                "Cache-Control",
                                List.of("no-cache"),
                                "X-Request-Id",
                                List.of("r-1")),
                        priceAsText))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/price");
        assertThatThrownBy(() -> ApiContract.check(
                        "GET",
                        URI.create("/api/v1/menu-items/1"),
                        Map.of(),
                        null,
                        200,
                        Map.of("Content-Type", List.of("application/json"), "X-Request-Id", List.of("r-2")),
                        "{\"id\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ETag");
        assertThatThrownBy(() -> ApiContract.check(
                        "GET",
                        URI.create("/api/v1/menu-items/1"),
                        Map.of(),
                        null,
                        404,
                        Map.of("Content-Type", List.of("application/problem+json")),
                        NOT_FOUND))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("X-Request-Id");
    }

    @Test
    void aStatusOnlyTheDefaultResponseCoversFailsTheExchangeUnlessItIsA500() {
        Map<String, List<String>> headers =
                Map.of("Content-Type", List.of("application/problem+json"), "X-Request-Id", List.of("r-3"));
        byte[] conflict = problem(409);

        assertThatThrownBy(() -> ApiContract.check(
                        "GET", URI.create("/api/v1/menu-items/1"), Map.of(), null, 409, headers, conflict))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not list 409 for GET /api/v1/menu-items/{id}");
        ApiContract.check("GET", URI.create("/api/v1/menu-items/1"), Map.of(), null, 500, headers, problem(500));
        ApiContract.check("GET", URI.create("/api/v1/menu-items/1"), Map.of(), null, 404, headers, NOT_FOUND);
    }

    @Test
    void operationsAreFoundByMethodAndPathTemplateTheMostLiteralFirst() {
        assertThat(ApiContract.operationFor("get", "/api/v1/orders/7d4f3c2e-1b0a-4e9d-8c7b-6a5f4e3d2c1b"))
                .contains("GET /api/v1/orders/{uid}");
        assertThat(ApiContract.operationFor("DELETE", "/api/v1/sessions/current"))
                .contains("DELETE /api/v1/sessions/current");
        assertThat(ApiContract.operationFor("DELETE", "/api/v1/sessions/42")).contains("DELETE /api/v1/sessions/{id}");
        assertThat(ApiContract.operationFor("GET", "/api/v1/orders/x/report.pdf"))
                .contains("GET /api/v1/orders/{uid}/report.pdf");
        assertThat(ApiContract.operationFor("GET", "/api/v1/orders/x/y")).isEmpty();
        assertThat(ApiContract.operationFor("GET", "/api/v1/orders//cancel")).isEmpty();
        assertThat(ApiContract.operationFor("DELETE", "/api/v1/categories")).isEmpty();
    }

    private static byte[] problem(int status) {
        return """
                {"type": "about:blank", "title": "t", "status": %s, "detail": "d", "instance": "/api/v1/menu-items/1"}""".formatted(status).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRequestTheContractRefusesMustBeRefusedByTheServiceToo() {
        byte[] unknownField = "{\"name\":\"Soups\",\"colour\":\"red\"}".getBytes(StandardCharsets.UTF_8);
        byte[] category = "{\"id\":7,\"name\":\"Soups\",\"menuItemsUrl\":\"/api/v1/categories/7/menu-items\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ApiContract.check(
                        "POST",
                        URI.create("/api/v1/ops/categories"),
                        Map.of("Content-Type", List.of("application/json"), "X-Service-Key", List.of("k".repeat(16))),
                        unknownField,
                        201,
                        Map.of(
                                "Content-Type",
                                List.of("application/json"),
                                "Location",
                                List.of("/api/v1/categories/7/menu-items"),
                                "Cache-Control",
                                List.of("no-store"),
                                "X-Request-Id",
                                List.of("r-4")),
                        category))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("colour");
    }

    @Test
    void aRouteOutsideTheContractMayOnlyBeAnsweredAsUnknown() {
        assertThatThrownBy(() -> ApiContract.check(
                        "GET",
                        URI.create("/api/v1/secret"),
                        Map.of(),
                        null,
                        200,
                        Map.of("Content-Type", List.of("application/json")),
                        "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not describe");
    }

    /** What the Javalin app routes, as {@code "GET /api/v1/categories"}; filters and static files excluded. */
    private static Set<String> registeredRoutes() {
        return backend.http().unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(ApiContractTest::route)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String route(Endpoint endpoint) {
        return endpoint.method.name() + " " + endpoint.path;
    }
}
