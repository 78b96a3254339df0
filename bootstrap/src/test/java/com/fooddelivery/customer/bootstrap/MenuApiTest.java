package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static com.fooddelivery.customer.bootstrap.ApiClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service as a newcomer starts it: no settings but a data directory, so it runs on its
 * embedded PostgreSQL with the demo menu, and is browsed over HTTP.
 */
class MenuApiTest {

    @TempDir
    static Path dataDir;

    private static CustomerBackend backend;
    private static ApiClient api;

    @BeforeAll
    static void startOnTheEmbeddedDefault() {
        backend = CustomerBackend.start(Settings.from(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())));
        api = new ApiClient(backend.port());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void listsTheDemoCategoriesWithLinksInsteadOfPictureBytes() {
        HttpResponse<byte[]> response = api.get("/api/v1/categories");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode categories = json(response).get("categories");
        assertThat(categories.size()).isGreaterThanOrEqualTo(6);
        for (JsonNode category : categories) {
            assertThat(category.get("name").asText()).isNotBlank();
            assertThat(category.get("pictureUrl").asText())
                    .isEqualTo("/api/v1/categories/" + category.get("id").asInt() + "/picture");
            assertThat(category.has("picture")).isFalse();
        }
    }

    @Test
    void everyDemoItemHasAPriceInTheServiceCurrencyAndARealPicture() throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode category : json(api.get("/api/v1/categories")).get("categories")) {
            HttpResponse<byte[]> response = api.get(category.get("menuItemsUrl").asText());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("category").get("id").asInt())
                    .isEqualTo(category.get("id").asInt());
            body.get("menuItems").forEach(items::add);
        }

        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        for (JsonNode item : items) {
            assertThat(item.get("price").decimalValue()).isPositive();
            assertThat(item.get("currency").asText()).isEqualTo("EUR");
            HttpResponse<byte[]> picture = api.get(item.get("pictureUrl").asText());
            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.body()));
            assertThat(image).as("decodable picture of %s", item.get("name")).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
        }
    }

    @Test
    void pricesAreWrittenWithTwoDecimals() {
        HttpResponse<byte[]> response = api.get("/api/v1/menu-items/1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).contains("\"price\":8.50,\"currency\":\"EUR\"");
        assertThat(json(response).get("name").asText()).isEqualTo("Margherita");
    }

    @Test
    void aPictureCarriesItsTagAndIsNotSentAgainWhileUnchanged() {
        HttpResponse<byte[]> first = api.get("/api/v1/categories/1/picture");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        // Revalidated on every use, so a replaced picture is seen at once.
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("no-cache").doesNotContain("max-age"));
        HttpResponse<byte[]> again = api.get("/api/v1/categories/1/picture", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<byte[]> stale = api.get("/api/v1/categories/1/picture", "If-None-Match", "\"something-else\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void listsAreRevalidatedByTagToo() {
        HttpResponse<byte[]> first = api.get("/api/v1/categories/2/menu-items");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(api.get("/api/v1/categories/2/menu-items", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(api.get("/api/v1/categories/3/menu-items", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/categories/999/menu-items",
                "/api/v1/menu-items/999",
                "/api/v1/categories/999/picture",
                "/api/v1/menu-items/999/picture"
            })
    void unknownIdsAreNotFoundProblems(String path) {
        HttpResponse<byte[]> response = api.get(path);

        assertProblem(response, 404);
        assertThat(json(response).get("instance").asText()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/categories/abc/menu-items",
                "/api/v1/menu-items/0",
                "/api/v1/menu-items/-3",
                "/api/v1/menu-items/99999999999",
                "/api/v1/categories/1.5/picture",
                "/api/v1/menu-items/%27%20or%201=1/picture"
            })
    void malformedIdsAreBadRequestsNamingTheField(String path) {
        HttpResponse<byte[]> response = api.get(path);

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        assertProblem(api.get("/api/v1/no-such-thing"), 404);
        assertProblem(api.get("/"), 404);
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        HttpResponse<byte[]> response = api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/categories")).DELETE().build());

        assertProblem(response, 405);
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() {
        HttpResponse<byte[]> response = api.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("UP");
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
    }
}
