package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static com.fooddelivery.customer.bootstrap.ApiClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.KitchenMenuCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.fooddelivery.customer.domain.menu.TestPictures;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kitchen keeping the menu over the service API on PostgreSQL, and customers seeing each change on
 * their next request: what the database adds to the menu routes (pictures as bytes up to the limit, prices
 * in cents, rows kept and locked, every refusal leaving every row as it was) and the service keys as the
 * settings give them. Each route's status codes, problem bodies, headers and refusals, one by one, are
 * {@code OpsMenuRoutesTest}'s, in {@code adapter-http-javalin}, over the domain's fakes.
 */
class OpsMenuApiTest {

    private static final String KITCHEN_KEY = "kitchen-key-0123456789abcdef";
    private static final String MANAGER_KEY = "manager-key-0123456789abcdef";
    private static final String JSON = "application/json";
    private static final int TWO_MIB = 2 * 1024 * 1024;

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static KitchenMenuCalls kitchen;

    @BeforeAll
    static void startWithServiceKeysAndNoDemoMenu() {
        database = TestPostgres.freshDatabase();
        // Lists read fresh on every request, so each change can be checked right after it is made.
        backend = TestBackends.start(
                database,
                "DEMO_MENU",
                "false",
                "SERVICE_KEYS",
                KITCHEN_KEY + "," + MANAGER_KEY,
                "MAX_PRICE",
                "500.00",
                "MENU_MAX_AGE",
                "PT0S");
        api = new ApiClient(backend.port());
        kitchen = new KitchenMenuCalls(api, KITCHEN_KEY);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void theKitchenKeepsTheMenuAndCustomersSeeEveryChangeOnTheirNextRequest() {
        HttpResponse<byte[]> created =
                kitchen.ops("POST", "/api/v1/ops/categories", JSON, "{\"name\":\" Soups \",\"description\":\"Hot\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        int soups = json(created).get("id").asInt();
        assertThat(json(created).get("name").asText()).isEqualTo("Soups");
        int specials = kitchen.addCategory("Specials");

        HttpResponse<byte[]> added = kitchen.ops("POST", "/api/v1/ops/menu-items", JSON, """
                {"categoryId": %s, "name": "Borscht", "description": "Beetroot", "price": 5.1}""".formatted(soups));
        assertThat(added.statusCode()).isEqualTo(201);
        int borscht = json(added).get("id").asInt();
        assertThat(text(api.get("/api/v1/menu-items/" + borscht)))
                .contains("\"price\":5.10,\"currency\":\"EUR\",\"available\":true");

        assertThat(kitchen.ops("PUT", "/api/v1/ops/menu-items/" + borscht, JSON, """
                        {"categoryId": %s, "name": "Borscht DOP", "description": "Smetana", "price": 12.05,
                         "available": true}""".formatted(specials))
                        .statusCode())
                .isEqualTo(200);
        assertThat(text(api.get("/api/v1/menu-items/" + borscht)))
                .contains("\"categoryId\":" + specials, "\"name\":\"Borscht DOP\"", "\"price\":12.05");
        assertThat(names(json(api.get("/api/v1/categories/" + soups + "/menu-items"))
                        .get("menuItems")))
                .isEmpty();

        assertThat(kitchen.ops("PUT", "/api/v1/ops/menu-items/" + borscht + "/picture", "image/png", png(Color.PINK))
                        .statusCode())
                .isEqualTo(204);
        String tag = api.get("/api/v1/menu-items/" + borscht + "/picture")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(kitchen.ops(
                                "PUT",
                                "/api/v1/ops/menu-items/" + borscht + "/picture",
                                "image/jpeg",
                                jpeg(Color.YELLOW))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<byte[]> replaced = api.get("/api/v1/menu-items/" + borscht + "/picture", "If-None-Match", tag);
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(replaced.body()).isEqualTo(jpeg(Color.YELLOW));

        byte[] atTheLimit = Arrays.copyOf(png(Color.WHITE), TWO_MIB);
        assertThat(kitchen.ops("PUT", "/api/v1/ops/categories/" + soups + "/picture", "image/png", atTheLimit)
                        .statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/categories/" + soups + "/picture").body()).isEqualTo(atTheLimit);

        assertThat(kitchen.delete("/api/v1/ops/menu-items/" + borscht).statusCode())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/menu-items/" + borscht), 404);
        assertProblem(api.get("/api/v1/menu-items/" + borscht + "/picture"), 404);
        assertProblem(
                kitchen.ops(
                        "PUT",
                        "/api/v1/ops/menu-items/" + borscht,
                        JSON,
                        KitchenMenuCalls.itemBody(specials, "Borscht", "2.20", true)),
                404);

        int pumpkin = kitchen.addItem(soups, "Pumpkin soup", "6.50");
        assertThat(kitchen.ops(
                                "PUT",
                                "/api/v1/ops/menu-items/" + pumpkin,
                                JSON,
                                KitchenMenuCalls.itemBody(soups, "Pumpkin soup", "6.50", false))
                        .statusCode())
                .isEqualTo(200);
        assertThat(kitchen.delete("/api/v1/ops/categories/" + soups).statusCode())
                .isEqualTo(204);
        assertThat(names(json(api.get("/api/v1/categories")).get("categories"))).containsExactly("Specials");
        assertProblem(api.get("/api/v1/menu-items/" + pumpkin), 404);
        assertProblem(api.get("/api/v1/categories/" + soups + "/picture"), 404);
    }

    @Test
    void aCategoryThatStillOffersDishesIsNotRemovedAndNoRowChanges() throws SQLException {
        int id = kitchen.addCategory("Burgers");
        kitchen.addItem(id, "Classic burger", "9.50");
        List<String> before = DatabaseDump.everyRow(database);

        HttpResponse<byte[]> refused = kitchen.delete("/api/v1/ops/categories/" + id);

        assertProblem(refused, 409);
        assertThat(json(refused).get("detail").asText()).contains("1 available menu item");
        assertThat(DatabaseDump.everyRow(database)).isEqualTo(before);
    }

    @Test
    void aRefusedChangeLeavesEveryRowAsItWas() throws SQLException {
        int category = kitchen.addCategory("Guarded");
        int item = kitchen.addItem(category, "Guarded dish", "3.00");
        kitchen.ops("PUT", "/api/v1/ops/menu-items/" + item + "/picture", "image/png", png(Color.BLUE));
        byte[] huge = Arrays.copyOf(png(Color.WHITE), TWO_MIB + 1);
        List<String> before = DatabaseDump.everyRow(database);

        assertProblem(
                api.send(
                        "PUT",
                        "/api/v1/ops/menu-items/" + item,
                        JSON,
                        KitchenMenuCalls.itemBody(category, "Sneaky", "1.00", true)
                                .getBytes(StandardCharsets.UTF_8),
                        "X-Service-Key",
                        "kitchen-key-0123456789abcdeX"),
                401);
        assertProblem(
                kitchen.ops(
                        "PUT",
                        "/api/v1/ops/menu-items/" + item + "/picture",
                        "image/png",
                        "<svg onload=\"alert(1)\">I am a picture, honestly</svg>\n".getBytes(StandardCharsets.UTF_8)),
                415);
        assertProblem(kitchen.ops("PUT", "/api/v1/ops/categories/" + category + "/picture", "image/png", huge), 413);
        assertProblem(
                api.send(HttpRequest.newBuilder(api.uri("/api/v1/ops/categories/" + category + "/picture"))
                        .header("Content-Type", "image/png")
                        .header("X-Service-Key", KITCHEN_KEY)
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                        .build()),
                413);
        assertProblem(
                kitchen.ops(
                        "PUT",
                        "/api/v1/ops/menu-items/" + item,
                        JSON,
                        KitchenMenuCalls.itemBody(category, "Dish", "500.01", true)),
                400);
        assertProblem(
                kitchen.ops(
                        "PUT",
                        "/api/v1/ops/menu-items/" + item,
                        JSON,
                        KitchenMenuCalls.itemBody(999_999, "Dish", "1.00", true)),
                400);
        assertProblem(kitchen.ops("POST", "/api/v1/ops/menu-items", JSON, """
                {"categoryId": %s, "name": "Tea", "price": 0.001}""".formatted(category)), 400);
        assertProblem(kitchen.delete("/api/v1/ops/categories/999999"), 404);

        assertThat(DatabaseDump.everyRow(database)).isEqualTo(before);
        assertThat(api.get("/api/v1/menu-items/" + item + "/picture").body()).isEqualTo(png(Color.BLUE));
    }

    @Test
    void everyConfiguredKeyIsAccepted() {
        HttpResponse<byte[]> created = api.send(
                "POST",
                "/api/v1/ops/categories",
                JSON,
                "{\"name\":\"Managers' picks\"}".getBytes(StandardCharsets.UTF_8),
                "X-Service-Key",
                MANAGER_KEY);

        assertThat(created.statusCode()).isEqualTo(201);
    }

    @Test
    void withoutConfiguredKeysEveryServiceRequestIsRefused() {
        // A database of its own, so that the menu it lists is only what this service was given. (The
        // embedded database with the demo menu turned off is EmbeddedDefaultTest's.)
        try (CustomerBackend keyless = TestBackends.start(TestPostgres.freshDatabase())) {
            ApiClient other = new ApiClient(keyless.port());

            assertProblem(
                    other.send(
                            "POST",
                            "/api/v1/ops/categories",
                            JSON,
                            "{\"name\":\"Soups\"}".getBytes(StandardCharsets.UTF_8),
                            "X-Service-Key",
                            KITCHEN_KEY),
                    401);
            assertThat(json(other.get("/api/v1/categories")).get("categories").size())
                    .isZero();
        }
    }

    // --- helpers ---

    private static List<String> names(JsonNode nodes) {
        List<String> names = new ArrayList<>();
        nodes.forEach(node -> names.add(node.get("name").asText()));
        return names;
    }

    private static byte[] png(Color colour) {
        return TestPictures.png(colour);
    }

    private static byte[] jpeg(Color colour) {
        return TestPictures.jpeg(colour);
    }
}
