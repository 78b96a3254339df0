package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static com.fooddelivery.customer.bootstrap.ApiClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/**
 * The service as a newcomer starts it: no settings but a data directory, so it runs on its
 * embedded PostgreSQL with the demo menu, and is browsed over HTTP. The menu routes' tags, refusals and
 * problems are {@code MenuRoutesTest}'s, in {@code adapter-http-javalin}, over the domain's fakes.
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
    void healthIsUpWhileTheDatabaseAnswers() {
        HttpResponse<byte[]> response = api.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("UP");
    }
}
