package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.adapter.http.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input a hostile or broken client sends, over the domain's fakes, each refused as a 400 naming the field
 * and changing nothing a client can see: keys given twice, digits in other spellings, reports dated before
 * the order's history. And what a menu change does to the lists the core keeps: it shows on the next
 * request. What PostgreSQL itself would trip over (control characters, broken text, totals beyond the money
 * column) is bootstrap's {@code HostileInputApiTest}.
 */
class HostileInputRoutesTest {

    private static final String SERVICE_KEY = "hostile-service-key-0123456789";

    private static RouteServer server;
    private static ContractClient api;
    private static CustomerCalls customers;
    private static KitchenMenuCalls kitchen;
    private static int category;
    private static int soup;
    private static String token;

    @BeforeAll
    static void start() {
        // Lists kept for an hour: only the change itself can make them fresh within this test.
        server = new CoreOverFakes(Duration.ofHours(1)).serve(ServiceKeys.of(List.of(SERVICE_KEY)), 1024 * 1024);
        api = server.client();
        customers = new CustomerCalls(api);
        kitchen = new KitchenMenuCalls(api, SERVICE_KEY);
        category = kitchen.addCategory("Soups");
        soup = kitchen.addItem(category, "Borscht", "6.40");
        token = customers.signedIn("hostile", "+4917100000001");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aKeyGivenTwiceIsRefusedInsteadOfTheLastOneWinning() {
        String before = state();

        HttpResponse<byte[]> twice = customers.place(token, """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "Main street 1",
                 "paymentMethod": "CASH_ON_DELIVERY", "paymentMethod": "CARD"}""".formatted(soup));
        assertFieldError(twice, "paymentMethod");
        assertThat(text(twice)).contains("is given more than once");
        assertFieldError(customers.place(token, """
                        {"items": [{"menuItemId": %s, "quantity": 1, "quantity": 99}],
                         "deliveryAddress": "Main street 1", "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(soup)), "items[0].quantity");
        assertFieldError(
                api.json(
                        "PATCH",
                        "/api/v1/customers/me",
                        "{\"deliveryAddress\":\"A\",\"deliveryAddress\":\"B\"}",
                        "Authorization",
                        "Bearer " + token),
                "deliveryAddress");

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void idsAndLimitsAreWrittenInPlainAsciiDigitsOnly() {
        assertThat(api.get("/api/v1/menu-items/" + soup).statusCode()).isEqualTo(200);
        for (String other : List.of("+" + soup, "0" + soup, "\uff10\uff11".substring(0, 1) + soup, fullWidth(soup))) {
            assertFieldError(api.get("/api/v1/menu-items/" + encode(other)), "id");
        }
        assertThat(api.get("/api/v1/orders?limit=5", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);
        for (String limit : List.of("+5", "05", encode("\uff15"))) {
            assertFieldError(api.get("/api/v1/orders?limit=" + limit, "Authorization", "Bearer " + token), "limit");
        }
        String uid = UUID.randomUUID().toString();
        assertFieldError(
                api.get("/api/v1/orders/" + encode("+" + uid.substring(1)), "Authorization", "Bearer " + token), "uid");
    }

    @Test
    void theKitchenCannotDateAStepBeforeTheOrderOrBeforeThePreviousStep() {
        JsonNode order = json(customers.place(token, orderBody(soup, 1, "CASH_ON_DELIVERY", "Main street 1", "")));
        String events = "/api/v1/ops/orders/" + order.get("uid").asText() + "/events";
        Instant registered = Instant.parse(order.get("registeredAt").asText());
        String before = state();

        assertFieldError(
                kitchen.ops("POST", events, "{\"type\":\"COOKING_STARTED\",\"at\":\"2020-01-01T00:00:00Z\"}"), "at");
        assertFieldError(kitchen.ops("POST", events, """
                        {"type": "COOKING_STARTED", "estimatedReadyAt": "%s"}""".formatted(registered.minusSeconds(60))), "estimatedReadyAt");
        assertThat(state()).isEqualTo(before);

        assertThat(kitchen.ops("POST", events, """
                {"type": "COOKING_STARTED", "at": "%s"}""".formatted(registered.plusMillis(1)))
                        .statusCode())
                .isEqualTo(200);
        assertFieldError(kitchen.ops("POST", events, """
                {"type": "COOKING_FINISHED", "at": "%s"}""".formatted(registered)), "at");
    }

    @Test
    void aMenuChangeShowsOnTheNextRequestOfTheInstanceThatMadeIt() {
        int shelf = kitchen.addCategory("Shelf");
        int bread = kitchen.addItem(shelf, "Bread", "2.00");
        String items = "/api/v1/categories/" + shelf + "/menu-items";
        HttpResponse<byte[]> listed = api.get(items);
        String etag = listed.headers().firstValue("ETag").orElseThrow();
        assertThat(api.get(items, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(json(api.get("/api/v1/categories")).toString()).contains("Shelf");

        assertThat(kitchen.ops("PUT", "/api/v1/ops/menu-items/" + bread, """
                                {"categoryId": %s, "name": "Bread", "price": 2.00, "available": false}""".formatted(shelf))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> afterChange = api.get(items, "If-None-Match", etag);
        assertThat(afterChange.statusCode())
                .as("a stale ETag no longer matches")
                .isEqualTo(200);
        assertThat(json(afterChange).toString()).doesNotContain("Bread");

        assertThat(kitchen.delete("/api/v1/ops/categories/" + shelf).statusCode())
                .isEqualTo(204);

        assertThat(api.get(items).statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/v1/categories")).toString()).doesNotContain("Shelf");
    }

    // ----------------------------------------------------------------------------------------------

    private static String fullWidth(int number) {
        StringBuilder digits = new StringBuilder();
        String.valueOf(number).chars().forEach(digit -> digits.append((char) ('\uff10' + digit - '0')));
        return digits.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%2B");
    }

    /** What the customer and everyone browsing the menu can see: a refusal must leave it as it was. */
    private static String state() {
        return text(api.get("/api/v1/categories"))
                + text(api.get("/api/v1/categories/" + category + "/menu-items"))
                + text(api.get("/api/v1/customers/me", "Authorization", "Bearer " + token))
                + text(api.get("/api/v1/orders?status=all&limit=100", "Authorization", "Bearer " + token));
    }
}
