package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Order again: an earlier order priced on today's menu, placing nothing. */
class OrderAgainApiTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void theLinesStillOnTheMenuComeAtTodaysPricesTheOthersApartAndTheAnswerPlacesTheRestAgain() {
        int pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
        int cola = api.newMenuItem(SERVICE_KEY, "Drinks", "Cola", "2.20");
        int lemonade = api.newMenuItem(SERVICE_KEY, "Drinks", "Lemonade", "3.00");
        int category =
                json(api.get("/api/v1/menu-items/" + pizza)).get("categoryId").asInt();
        int drinks =
                json(api.get("/api/v1/menu-items/" + cola)).get("categoryId").asInt();
        String token = customers.signedIn("again", "+4917300000001");
        String uid = customers.placed(token, """
                {"items": [{"menuItemId": %s, "quantity": 2}, {"menuItemId": %s, "quantity": 1},
                 {"menuItemId": %s, "quantity": 3}], "deliveryAddress": "Elm street 5",
                 "paymentMethod": "CASH_ON_DELIVERY", "comment": "Ring twice"}""".formatted(pizza, cola, lemonade));
        ops("PUT", "/api/v1/ops/menu-items/" + pizza, """
                {"categoryId": %s, "name": "Margherita", "price": 9.00, "available": true}""".formatted(category), 200);
        ops("PUT", "/api/v1/ops/menu-items/" + lemonade, """
                {"categoryId": %s, "name": "Lemonade", "price": 3.00, "available": false}""".formatted(drinks), 200);
        ops("DELETE", "/api/v1/ops/menu-items/" + cola, null, 204);
        int ordersBefore = json(bearer("GET", "/api/v1/orders", token, null, 200))
                .get("orders")
                .size();

        JsonNode again = json(bearer("POST", "/api/v1/orders/" + uid + "/reorder", token, null, 200));

        assertThat(again.get("fromOrder").asText()).isEqualTo(uid);
        assertThat(again.get("items")).hasSize(1);
        assertThat(again.get("items").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(again.get("items").get(0).get("previousUnitPrice").decimalValue())
                .isEqualByComparingTo("8.50");
        assertThat(again.get("unavailable").findValuesAsText("name")).containsExactly("Cola", "Lemonade");
        assertThat(again.get("total").decimalValue()).isEqualByComparingTo("18.00");
        assertThat(json(bearer("GET", "/api/v1/orders", token, null, 200)).get("orders"))
                .hasSize(ordersBefore);

        JsonNode placed = json(bearer(
                "POST", "/api/v1/orders", token, again.get("orderRequest").toString(), 201));
        assertThat(placed.get("total").decimalValue())
                .isEqualByComparingTo(again.get("total").decimalValue());
        assertThat(placed.get("comment").asText()).isEqualTo("Ring twice");
    }

    @Test
    void nothingLeftOnTheMenuMeansNoRequestAndAZeroTotalAndAStrangersOrderIsNotFound() {
        int soup = api.newMenuItem(SERVICE_KEY, "Soups", "Borscht", "6.40");
        String token = customers.signedIn("gone", "+4917300000002");
        String uid = customers.placed(token, """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "Elm street 5",
                 "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(soup));
        ops("DELETE", "/api/v1/ops/menu-items/" + soup, null, 204);

        JsonNode again = json(bearer("POST", "/api/v1/orders/" + uid + "/reorder", token, null, 200));

        assertThat(again.get("items")).isEmpty();
        assertThat(again.get("total").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(again.get("orderRequest").isNull()).isTrue();
        String stranger = customers.signedIn("stranger", "+4917300000003");
        bearer("POST", "/api/v1/orders/" + uid + "/reorder", stranger, null, 404);
        bearer("POST", "/api/v1/orders/" + UUID.randomUUID() + "/reorder", token, null, 404);
        bearer("POST", "/api/v1/orders/not-a-uid/reorder", token, null, 400);
    }

    private static HttpResponse<byte[]> bearer(String method, String path, String token, String body, int status) {
        HttpResponse<byte[]> response = body == null
                ? api.call(
                        method,
                        path,
                        "Authorization",
                        "Bearer " + token,
                        "Idempotency-Key",
                        UUID.randomUUID().toString())
                : api.json(
                        method,
                        path,
                        body,
                        "Authorization",
                        "Bearer " + token,
                        "Idempotency-Key",
                        UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
        return response;
    }

    private static void ops(String method, String path, String body, int status) {
        HttpResponse<byte[]> response = body == null
                ? api.call(method, path, "X-Service-Key", SERVICE_KEY)
                : api.json(method, path, body, "X-Service-Key", SERVICE_KEY);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
    }
}
