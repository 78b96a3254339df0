package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.domain.menu.TestPictures;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kitchen keeping the menu over the service API, and customers seeing each change on their next
 * request, over the domain's fakes: status codes, problem bodies, headers, the contract. Every refusal is
 * checked to leave the menu exactly as it was. The same on PostgreSQL, pictures and refusals included, is
 * bootstrap's {@code OpsMenuApiTest}.
 */
class OpsMenuRoutesTest {

    private static final String KITCHEN_KEY = "kitchen-key-0123456789abcdef";
    private static final String MANAGER_KEY = "manager-key-0123456789abcdef";
    private static final String JSON = "application/json";
    private static final int TWO_MIB = 2 * 1024 * 1024;

    private static RouteServer server;
    private static ContractClient api;
    private static KitchenMenuCalls kitchen;

    @BeforeAll
    static void startWithServiceKeysAndAnEmptyMenu() {
        // Lists read fresh on every request, so each change can be checked right after it is made;
        // how long browsing may lag behind a change is the application's test to show.
        server = new CoreOverFakes(Duration.ZERO).serve(ServiceKeys.of(List.of(KITCHEN_KEY, MANAGER_KEY)), TWO_MIB);
        api = server.client();
        kitchen = new KitchenMenuCalls(api, KITCHEN_KEY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // --- categories ---

    @Test
    void anAddedCategoryIsCreatedWithItsAddressAndListedAtOnce() {
        String listTag =
                api.get("/api/v1/categories").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> created =
                kitchen.ops("POST", "/api/v1/ops/categories", JSON, "{\"name\":\" Soups \",\"description\":\"Hot\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode category = json(created);
        int id = category.get("id").asInt();
        assertThat(category.get("name").asText()).isEqualTo("Soups");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/categories/" + id + "/menu-items");
        assertThat(api.get("/api/v1/categories/" + id + "/menu-items").statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> list = api.get("/api/v1/categories", "If-None-Match", listTag);
        assertThat(list.statusCode()).as("the old list tag no longer matches").isEqualTo(200);
        assertThat(names(json(list).get("categories"))).contains("Soups");
    }

    @Test
    void aChangedCategoryIsShownWithItsNewWords() {
        int id = kitchen.addCategory("Pizza");

        HttpResponse<byte[]> changed = kitchen.ops(
                "PUT", "/api/v1/ops/categories/" + id, JSON, "{\"name\":\"Pizzas\",\"description\":\"Wood-fired\"}");

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("name").asText()).isEqualTo("Pizzas");
        JsonNode shown =
                json(api.get("/api/v1/categories/" + id + "/menu-items")).get("category");
        assertThat(shown.get("name").asText()).isEqualTo("Pizzas");
        assertThat(shown.get("description").asText()).isEqualTo("Wood-fired");
    }

    @Test
    void aReplacedCategoryPictureIsSeenOnTheNextRequest() {
        int id = kitchen.addCategory("Salads");
        assertThat(kitchen.ops("PUT", "/api/v1/ops/categories/" + id + "/picture", "image/png", png(Color.GREEN))
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<byte[]> first = api.get("/api/v1/categories/" + id + "/picture");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.body()).isEqualTo(png(Color.GREEN));
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-cache"));
        assertThat(api.get("/api/v1/categories/" + id + "/picture", "If-None-Match", tag)
                        .statusCode())
                .isEqualTo(304);

        HttpResponse<byte[]> replaced =
                kitchen.ops("PUT", "/api/v1/ops/categories/" + id + "/picture", "image/jpeg", jpeg(Color.YELLOW));

        assertThat(replaced.statusCode()).isEqualTo(204);
        HttpResponse<byte[]> next = api.get("/api/v1/categories/" + id + "/picture", "If-None-Match", tag);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(next.body()).isEqualTo(jpeg(Color.YELLOW));
        assertThat(json(api.get("/api/v1/categories/" + id + "/menu-items"))
                        .get("category")
                        .get("pictureUrl")
                        .asText())
                .isEqualTo("/api/v1/categories/" + id + "/picture");
    }

    @Test
    void aCategoryWithNothingToOrderIsRemovedWithTheItemsLeftInIt() {
        int id = kitchen.addCategory("Seasonal");
        int item = kitchen.addItem(id, "Pumpkin soup", "6.50");
        assertThat(kitchen.ops(
                                "PUT",
                                "/api/v1/ops/menu-items/" + item,
                                JSON,
                                KitchenMenuCalls.itemBody(id, "Pumpkin soup", "6.50", false))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> removed = kitchen.delete("/api/v1/ops/categories/" + id);

        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(removed.body()).isEmpty();
        assertThat(names(json(api.get("/api/v1/categories")).get("categories"))).doesNotContain("Seasonal");
        assertProblem(api.get("/api/v1/categories/" + id + "/menu-items"), 404);
        assertProblem(api.get("/api/v1/menu-items/" + item), 404);
        assertProblem(kitchen.delete("/api/v1/ops/categories/" + id), 404);
    }

    @Test
    void aCategoryThatStillOffersDishesIsNotRemoved() {
        int id = kitchen.addCategory("Burgers");
        kitchen.addItem(id, "Classic burger", "9.50");
        String before = menuSnapshot();

        HttpResponse<byte[]> refused = kitchen.delete("/api/v1/ops/categories/" + id);

        assertProblem(refused, 409);
        assertThat(json(refused).get("detail").asText()).contains("1 available menu item");
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    // --- menu items ---

    @Test
    void anAddedItemIsCreatedWithItsAddressAndCanBeOrderedAtOnce() {
        int category = kitchen.addCategory("Sushi");

        HttpResponse<byte[]> created = kitchen.ops("POST", "/api/v1/ops/menu-items", JSON, """
                {"categoryId": %s, "name": "Tuna maki", "description": "Six pieces", "price": 5.1}""".formatted(category));

        assertThat(created.statusCode()).isEqualTo(201);
        int id = json(created).get("id").asInt();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/v1/menu-items/" + id);
        HttpResponse<byte[]> shown = api.get(location);
        assertThat(text(shown)).contains("\"price\":5.10,\"currency\":\"EUR\",\"available\":true");
        assertThat(names(json(api.get("/api/v1/categories/" + category + "/menu-items"))
                        .get("menuItems")))
                .containsExactly("Tuna maki");
    }

    @Test
    void aChangedItemShowsEveryNewDetailAndLeavesTheListWhenUnavailable() {
        int pizza = kitchen.addCategory("Pizza");
        int specials = kitchen.addCategory("Specials");
        int id = kitchen.addItem(pizza, "Margherita", "8.50");

        HttpResponse<byte[]> changed =
                kitchen.ops("PUT", "/api/v1/ops/menu-items/" + id, JSON, """
                {"categoryId": %s, "name": "Margherita DOP", "description": "Buffalo mozzarella", "price": 12.05,
                 "available": true}""".formatted(specials));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(text(api.get("/api/v1/menu-items/" + id)))
                .contains(
                        "\"categoryId\":" + specials,
                        "\"name\":\"Margherita DOP\"",
                        "\"description\":\"Buffalo mozzarella\"",
                        "\"price\":12.05");
        assertThat(names(json(api.get("/api/v1/categories/" + pizza + "/menu-items"))
                        .get("menuItems")))
                .isEmpty();
        assertThat(names(json(api.get("/api/v1/categories/" + specials + "/menu-items"))
                        .get("menuItems")))
                .containsExactly("Margherita DOP");

        assertThat(kitchen.ops(
                                "PUT",
                                "/api/v1/ops/menu-items/" + id,
                                JSON,
                                KitchenMenuCalls.itemBody(specials, "Margherita DOP", "12.05", false))
                        .statusCode())
                .isEqualTo(200);

        assertThat(names(json(api.get("/api/v1/categories/" + specials + "/menu-items"))
                        .get("menuItems")))
                .isEmpty();
        assertThat(json(api.get("/api/v1/menu-items/" + id)).get("available").asBoolean())
                .isFalse();
    }

    @Test
    void aReplacedItemPictureIsSeenOnTheNextRequest() {
        int id = kitchen.addItem(kitchen.addCategory("Desserts"), "Tiramisu", "5.20");
        assertProblem(api.get("/api/v1/menu-items/" + id + "/picture"), 404);

        assertThat(kitchen.ops("PUT", "/api/v1/ops/menu-items/" + id + "/picture", "image/png", png(Color.PINK))
                        .statusCode())
                .isEqualTo(204);
        String tag = api.get("/api/v1/menu-items/" + id + "/picture")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(kitchen.ops(
                                "PUT",
                                "/api/v1/ops/menu-items/" + id + "/picture",
                                "image/png; charset=binary",
                                png(Color.MAGENTA))
                        .statusCode())
                .isEqualTo(204);

        HttpResponse<byte[]> next = api.get("/api/v1/menu-items/" + id + "/picture", "If-None-Match", tag);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo(png(Color.MAGENTA));
        assertThat(json(api.get("/api/v1/menu-items/" + id)).get("pictureUrl").asText())
                .isEqualTo("/api/v1/menu-items/" + id + "/picture");
    }

    @Test
    void aRetiredItemVanishesFromTheCustomerMenuForGood() {
        int category = kitchen.addCategory("Drinks");
        int cola = kitchen.addItem(category, "Cola", "2.20");
        int water = kitchen.addItem(category, "Water", "1.50");
        kitchen.ops("PUT", "/api/v1/ops/menu-items/" + cola + "/picture", "image/png", png(Color.RED));

        HttpResponse<byte[]> retired = kitchen.delete("/api/v1/ops/menu-items/" + cola);

        assertThat(retired.statusCode()).isEqualTo(204);
        assertThat(names(json(api.get("/api/v1/categories/" + category + "/menu-items"))
                        .get("menuItems")))
                .containsExactly("Water");
        assertProblem(api.get("/api/v1/menu-items/" + cola), 404);
        assertProblem(api.get("/api/v1/menu-items/" + cola + "/picture"), 404);
        assertProblem(kitchen.delete("/api/v1/ops/menu-items/" + cola), 404);
        assertProblem(
                kitchen.ops(
                        "PUT",
                        "/api/v1/ops/menu-items/" + cola,
                        JSON,
                        KitchenMenuCalls.itemBody(category, "Cola", "2.20", true)),
                404);
        assertThat(api.get("/api/v1/menu-items/" + water).statusCode()).isEqualTo(200);
    }

    // --- who may call ---

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST,/api/v1/ops/categories",
        "PUT,/api/v1/ops/categories/1",
        "PUT,/api/v1/ops/categories/1/picture",
        "DELETE,/api/v1/ops/categories/1",
        "POST,/api/v1/ops/menu-items",
        "PUT,/api/v1/ops/menu-items/1",
        "PUT,/api/v1/ops/menu-items/1/picture",
        "DELETE,/api/v1/ops/menu-items/1"
    })
    void withoutAValidServiceKeyNothingIsChanged(String method, String path) {
        int category = kitchen.addCategory("Guarded");
        kitchen.addItem(category, "Guarded dish", "3.00");
        String body = path.endsWith("menu-items")
                ? "{\"categoryId\":1,\"name\":\"Sneaky\",\"price\":1.00}"
                : path.contains("menu-items/")
                        ? KitchenMenuCalls.itemBody(1, "Sneaky", "1.00", true)
                        : "{\"name\":\"Sneaky\"}";
        String type = path.endsWith("picture") ? "image/png" : JSON;
        byte[] bytes = path.endsWith("picture") ? png(Color.BLACK) : body.getBytes(StandardCharsets.UTF_8);
        String before = menuSnapshot();

        List<HttpResponse<byte[]>> refusals = List.of(
                api.send(method, path, type, bytes),
                api.send(method, path, type, bytes, "X-Service-Key", "kitchen-key-0123456789abcdeX"),
                api.send(method, path, type, bytes, "X-Service-Key", ""),
                api.send(method, path, type, bytes, "Authorization", "Bearer " + KITCHEN_KEY),
                api.send(method, path, type, bytes, "Authorization", "Bearer some-customer-session-token"));

        for (HttpResponse<byte[]> refused : refusals) {
            assertProblem(refused, 401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(text(refused)).doesNotContain(KITCHEN_KEY);
        }
        assertThat(menuSnapshot()).isEqualTo(before);
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
        CoreOverFakes fakes = new CoreOverFakes(Duration.ZERO);
        try (RouteServer keyless = fakes.serve(ServiceKeys.none(), TWO_MIB)) {
            ContractClient other = keyless.client();

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

    // --- pictures that are refused ---

    @Test
    void aTextFileDeclaredAsPngIsRefusedAsUnsupported() {
        int id = kitchen.addItem(kitchen.addCategory("Fakes"), "Fake", "1.00");
        kitchen.ops("PUT", "/api/v1/ops/menu-items/" + id + "/picture", "image/png", png(Color.BLUE));
        String before = menuSnapshot();

        HttpResponse<byte[]> refused = kitchen.ops(
                "PUT",
                "/api/v1/ops/menu-items/" + id + "/picture",
                "image/png",
                "<svg onload=\"alert(1)\">I am a picture, honestly</svg>\n".getBytes(StandardCharsets.UTF_8));

        assertProblem(refused, 415);
        assertThat(menuSnapshot()).isEqualTo(before);
        assertThat(api.get("/api/v1/menu-items/" + id + "/picture").body()).isEqualTo(png(Color.BLUE));
    }

    @ParameterizedTest
    @CsvSource({
        "image/jpeg,png",
        "image/png,jpeg",
        "image/gif,png",
        "text/plain,png",
        "application/octet-stream,png",
        ",png"
    })
    void aPictureMustBeDeclaredAsWhatItReallyIs(String declared, String actual) {
        int id = kitchen.addCategory("Declared " + declared + " " + actual);
        String before = menuSnapshot();

        HttpResponse<byte[]> refused = kitchen.ops(
                "PUT",
                "/api/v1/ops/categories/" + id + "/picture",
                declared,
                actual.equals("png") ? png(Color.CYAN) : jpeg(Color.CYAN));

        assertProblem(refused, 415);
        assertThat(menuSnapshot()).isEqualTo(before);
        assertProblem(api.get("/api/v1/categories/" + id + "/picture"), 404);
    }

    @Test
    void aPictureOverTheLimitIsTooLarge() {
        int id = kitchen.addCategory("Huge");
        byte[] huge = Arrays.copyOf(png(Color.WHITE), TWO_MIB + 1);
        String before = menuSnapshot();

        assertProblem(kitchen.ops("PUT", "/api/v1/ops/categories/" + id + "/picture", "image/png", huge), 413);
        // Without a Content-Length the limit is found while reading.
        assertProblem(
                api.send(HttpRequest.newBuilder(api.uri("/api/v1/ops/categories/" + id + "/picture"))
                        .header("Content-Type", "image/png")
                        .header("X-Service-Key", KITCHEN_KEY)
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                        .build()),
                413);

        assertThat(menuSnapshot()).isEqualTo(before);
        assertProblem(api.get("/api/v1/categories/" + id + "/picture"), 404);
        byte[] atTheLimit = Arrays.copyOf(png(Color.WHITE), TWO_MIB);
        assertThat(kitchen.ops("PUT", "/api/v1/ops/categories/" + id + "/picture", "image/png", atTheLimit)
                        .statusCode())
                .isEqualTo(204);
    }

    // --- bodies that are refused ---

    @Test
    void aPriceWithFractionsOfACentIsAFieldError() {
        int category = kitchen.addCategory("Precise");
        String before = menuSnapshot();

        HttpResponse<byte[]> refused = kitchen.ops("POST", "/api/v1/ops/menu-items", JSON, """
                {"categoryId": %s, "name": "Tea", "price": 0.001}""".formatted(category));

        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("price");
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.00", "500.01", "1e400", "0.001"})
    void aChangedPriceMustBeAboveZeroWithinTheCeilingAndInCents(String price) {
        int category = kitchen.addCategory("Prices " + price);
        int id = kitchen.addItem(category, "Coffee", "2.40");
        String before = menuSnapshot();

        HttpResponse<byte[]> refused = kitchen.ops(
                "PUT",
                "/api/v1/ops/menu-items/" + id,
                JSON,
                KitchenMenuCalls.itemBody(category, "Coffee", price, true));

        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("price");
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        String before = menuSnapshot();

        HttpResponse<byte[]> refused =
                kitchen.ops("POST", "/api/v1/ops/menu-items", JSON, """
                {"name": "%s", "description": "%s"}""".formatted("n".repeat(151), "d".repeat(256)));

        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("categoryId", "name", "description", "price");
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @Test
    void anItemMustNameACategoryOnTheMenu() {
        int removed = kitchen.addCategory("Gone");
        kitchen.delete("/api/v1/ops/categories/" + removed);
        int id = kitchen.addItem(kitchen.addCategory("Here"), "Stays", "1.00");
        String before = menuSnapshot();

        for (int categoryId : new int[] {removed, 999_999}) {
            HttpResponse<byte[]> adding =
                    kitchen.ops("POST", "/api/v1/ops/menu-items", JSON, """
                    {"categoryId": %s, "name": "Lost", "price": 1.00}""".formatted(categoryId));
            HttpResponse<byte[]> moving = kitchen.ops(
                    "PUT",
                    "/api/v1/ops/menu-items/" + id,
                    JSON,
                    KitchenMenuCalls.itemBody(categoryId, "Stays", "1.00", true));
            assertProblem(adding, 400);
            assertThat(fields(adding)).containsExactly("categoryId");
            assertProblem(moving, 400);
            assertThat(fields(moving)).containsExactly("categoryId");
        }
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "[{index}] refused on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":                              | body",
                "{\"name\":\"Soups\",\"colour\":\"red\"} | colour",
                "{\"name\":42}                           | name",
                "[\"Soups\"]                             | body",
                "''                                      | body"
            })
    void malformedJsonIsABadRequestNamingTheField(String body, String field) {
        String before = menuSnapshot();

        HttpResponse<byte[]> refused = kitchen.ops("POST", "/api/v1/ops/categories", JSON, body);

        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly(field);
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "image/png"})
    void jsonRoutesTakeOnlyJson(String type) {
        String before = menuSnapshot();

        assertProblem(kitchen.ops("POST", "/api/v1/ops/categories", type, "{\"name\":\"Soups\"}"), 415);

        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @Test
    void aJsonBodyOverItsLimitIsTooLarge() {
        String before = menuSnapshot();

        assertProblem(kitchen.ops("POST", "/api/v1/ops/categories", JSON, """
                        {"name": "Soups", "description": "%s"}""".formatted(" ".repeat(70_000))), 413);

        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PUT,/api/v1/ops/categories/999999",
        "PUT,/api/v1/ops/categories/999999/picture",
        "DELETE,/api/v1/ops/categories/999999",
        "PUT,/api/v1/ops/menu-items/999999",
        "PUT,/api/v1/ops/menu-items/999999/picture",
        "DELETE,/api/v1/ops/menu-items/999999"
    })
    void unknownIdsAreNotFound(String method, String path) {
        int category = kitchen.addCategory("Known");
        String before = menuSnapshot();
        boolean picture = path.endsWith("picture");
        String body = path.contains("menu-items")
                ? KitchenMenuCalls.itemBody(category, "Ghost", "1.00", true)
                : "{\"name\":\"Ghost\"}";

        HttpResponse<byte[]> refused = picture
                ? api.send(method, path, "image/png", png(Color.GRAY), "X-Service-Key", KITCHEN_KEY)
                : method.equals("PUT") ? kitchen.ops(method, path, JSON, body) : kitchen.delete(path);

        assertProblem(refused, 404);
        assertThat(menuSnapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/ops/categories/abc", "/api/v1/ops/menu-items/0", "/api/v1/ops/menu-items/-1"})
    void malformedIdsAreBadRequests(String path) {
        HttpResponse<byte[]> refused = kitchen.delete(path);

        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("id");
    }

    // --- helpers ---

    /** Everything a customer can see of the menu, pictures by their tags. */
    private static String menuSnapshot() {
        StringBuilder snapshot = new StringBuilder(text(api.get("/api/v1/categories")));
        for (JsonNode category : json(api.get("/api/v1/categories")).get("categories")) {
            HttpResponse<byte[]> items = api.get(category.get("menuItemsUrl").asText());
            snapshot.append('\n').append(text(items));
            List<String> pictures = new ArrayList<>();
            if (category.has("pictureUrl")) {
                pictures.add(category.get("pictureUrl").asText());
            }
            for (JsonNode item : json(items).get("menuItems")) {
                snapshot.append('\n')
                        .append(text(
                                api.get("/api/v1/menu-items/" + item.get("id").asInt())));
                if (item.has("pictureUrl")) {
                    pictures.add(item.get("pictureUrl").asText());
                }
            }
            for (String picture : pictures) {
                snapshot.append('\n')
                        .append(picture)
                        .append(' ')
                        .append(api.get(picture).headers().firstValue("ETag").orElseThrow());
            }
        }
        return snapshot.toString();
    }

    private static List<String> names(JsonNode nodes) {
        List<String> names = new ArrayList<>();
        nodes.forEach(node -> names.add(node.get("name").asText()));
        return names;
    }

    private static List<String> fields(HttpResponse<byte[]> problem) {
        List<String> fields = new ArrayList<>();
        json(problem)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static byte[] png(Color colour) {
        return TestPictures.png(colour);
    }

    private static byte[] jpeg(Color colour) {
        return TestPictures.jpeg(colour);
    }
}
