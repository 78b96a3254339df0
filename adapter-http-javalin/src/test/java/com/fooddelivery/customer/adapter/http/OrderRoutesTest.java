package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.CustomerCalls.key;
import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.adapter.http.Problems.assertFieldError;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.shared.Money;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders over HTTP, over the domain's fakes: prepaid and paid-at-the-door methods, refusals field by
 * field, another customer's orders, the PDF report, the kitchen's and courier's steps and cancelling,
 * with the problems and headers the contract describes. What PostgreSQL decides (idempotency keys, races,
 * pages, stored prices and times) is bootstrap's {@code OrdersApiTest}.
 */
class OrderRoutesTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";

    private static RouteServer server;
    private static ContractClient api;
    private static CustomerCalls customers;
    private static KitchenMenuCalls kitchen;
    private static int margherita;
    private static int cola;

    @BeforeAll
    static void start() {
        CoreOverFakes fakes = new CoreOverFakes(Duration.ZERO);
        Category pizza = fakes.menu.add(new NewCategory("Pizza", "", Optional.empty()));
        margherita = fakes.menu
                .add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()))
                .id()
                .value();
        cola = fakes.menu
                .add(new NewMenuItem(pizza.id(), "Cola", "", euros("2.20"), Optional.empty()))
                .id()
                .value();
        server = fakes.serve(ServiceKeys.of(List.of(SERVICE_KEY)), 1024 * 1024);
        api = server.client();
        customers = new CustomerCalls(api);
        kitchen = new KitchenMenuCalls(api, SERVICE_KEY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void prepaidMethodsWaitForTheMoney() {
        String token = customers.newCustomer();

        assertThat(json(customers.place(token, key(), orderBody(margherita, 1, "CARD")))
                        .get("status")
                        .asText())
                .isEqualTo("AWAITING_PAYMENT");
        assertThat(json(customers.place(token, key(), orderBody(margherita, 1, "BANK_QR")))
                        .get("status")
                        .asText())
                .isEqualTo("AWAITING_PAYMENT");
        assertThat(json(customers.place(token, key(), orderBody(margherita, 1, "POS_ON_DELIVERY")))
                        .get("status")
                        .asText())
                .isEqualTo("PROCESSING");
    }

    @Test
    void invalidOrdersAreRefusedFieldByFieldAndStoreNothing() {
        String token = customers.newCustomer();

        assertProblem(
                api.json(
                        "POST",
                        "/api/v1/orders",
                        orderBody(cola, 1, "CASH_ON_DELIVERY"),
                        "Authorization",
                        "Bearer " + token),
                400);
        assertFieldError(
                customers.place(
                        token, "{\"items\":[],\"deliveryAddress\":\"Main street 1\",\"paymentMethod\":\"CARD\"}"),
                "items");
        assertFieldError(customers.place(token, orderBody(cola, 0, "CARD")), "items[0].quantity");
        assertFieldError(customers.place(token, orderBody(cola, 100, "CARD")), "items[0].quantity");
        assertFieldError(customers.place(token, orderBody(999_999, 1, "CARD")), "items[0].menuItemId");
        assertFieldError(customers.place(token, orderBody(cola, 1, "BITCOIN")), "paymentMethod");
        assertFieldError(customers.place(token, """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": " ", "paymentMethod": "CARD"}""".formatted(cola)), "deliveryAddress");
        assertFieldError(customers.place(token, """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "%s", "paymentMethod": "CARD"}""".formatted(cola, "x".repeat(501))), "deliveryAddress");
        StringBuilder many = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"menuItemId\":")
                    .append(cola)
                    .append(",\"quantity\":1}");
        }
        assertFieldError(
                customers.place(token, many + "],\"deliveryAddress\":\"Main street 1\",\"paymentMethod\":\"CARD\"}"),
                "items");
        assertFieldError(customers.place(token, """
                {"items": [{"menuItemId": "one", "quantity": 1}], "deliveryAddress": "a", "paymentMethod": "CARD"}"""), "items[0].menuItemId");
        assertThat(ordersOf(token)).isZero();
    }

    @Test
    void anotherCustomersOrderDoesNotExistForYou() {
        String anna = customers.newCustomer();
        String bob = customers.newCustomer();
        String uid = customers.placed(anna, orderBody(cola, 1, "CASH_ON_DELIVERY"));

        assertProblem(customers.get(bob, "/api/v1/orders/" + uid), 404);
        assertProblem(customers.get(bob, "/api/v1/orders/" + uid + "/report.pdf"), 404);
        assertProblem(api.call("POST", "/api/v1/orders/" + uid + "/cancel", "Authorization", "Bearer " + bob), 404);
        assertProblem(customers.get(anna, "/api/v1/orders/" + UUID.randomUUID()), 404);
        assertProblem(customers.get(anna, "/api/v1/orders/not-a-uid"), 400);
        assertThat(json(customers.get(anna, "/api/v1/orders/" + uid))
                        .get("status")
                        .asText())
                .isEqualTo("PROCESSING");
        assertThat(json(customers.get(bob, "/api/v1/orders")).get("orders").size())
                .isZero();
    }

    @Test
    void theReportIsARealPdfWithTheOrdersFacts() throws Exception {
        String token = customers.newCustomer();
        String uid = customers.placed(token, orderBody(margherita, 3, "CASH_ON_DELIVERY"));

        HttpResponse<byte[]> pdf = customers.get(token, "/api/v1/orders/" + uid + "/report.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains(uid)
                    .contains("Margherita")
                    .contains("25.50")
                    .contains("Main street 1")
                    .contains("PROCESSING");
        } finally {
            reader.close();
        }
    }

    @Test
    void theKitchenAndCourierMoveTheOrderToItsEnd() {
        String token = customers.newCustomer();
        String uid = customers.placed(token, orderBody(margherita, 1, "POS_ON_DELIVERY"));
        String events = "/api/v1/ops/orders/" + uid + "/events";

        assertProblem(api.json("POST", events, "{\"type\":\"COOKING_STARTED\"}"), 401);
        assertProblem(
                api.json("POST", events, "{\"type\":\"COOKING_STARTED\"}", "Authorization", "Bearer " + token), 401);
        assertProblem(kitchen.ops("POST", events, "{\"type\":\"DELIVERED\"}"), 409);
        assertThat(kitchen.ops("POST", events, "{\"type\":\"COOKING_STARTED\"}").statusCode())
                .isEqualTo(200);
        JsonNode replay = json(kitchen.ops("POST", events, "{\"type\":\"COOKING_STARTED\"}"));
        assertThat(replay.get("status").asText()).isEqualTo("COOKING");
        JsonNode revised =
                json(kitchen.ops("POST", events, """
                {"type": "COOKING_FINISHED", "estimatedDeliveryAt": "%s"}""".formatted(Instant.now().plusSeconds(3600))));
        assertThat(revised.get("cookingFinishedAt").isNull()).isFalse();
        kitchen.ops("POST", events, "{\"type\":\"DELIVERY_STARTED\"}");
        kitchen.ops("POST", events, "{\"type\":\"DELIVERED\"}");
        JsonNode paid = json(
                kitchen.ops("POST", events, "{\"type\":\"PAYMENT_COLLECTED\",\"terminalReference\":\"TERM-1-0001\"}"));

        assertThat(paid.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(paid.get("paymentStatus").asText()).isEqualTo("PAID");
        for (String step : new String[] {
            "registeredAt", "cookingStartedAt", "cookingFinishedAt", "deliveryStartedAt", "deliveredAt"
        }) {
            assertThat(paid.get(step).isNull()).as(step).isFalse();
        }
        assertThat(json(customers.get(token, "/api/v1/orders/" + uid))).isEqualTo(paid);
        assertProblem(kitchen.ops("POST", events, "{\"type\":\"BAKED\"}"), 400);
        assertProblem(
                kitchen.ops("POST", "/api/v1/ops/orders/" + UUID.randomUUID() + "/events", "{\"type\":\"DELIVERED\"}"),
                404);
    }

    @Test
    void aCancelBeforeCookingWinsAndAfterItLoses() {
        String token = customers.newCustomer();
        String early = customers.placed(token, orderBody(cola, 1, "CARD"));
        String late = customers.placed(token, orderBody(cola, 1, "CASH_ON_DELIVERY"));
        kitchen.ops("POST", "/api/v1/ops/orders/" + late + "/events", "{\"type\":\"COOKING_STARTED\"}");

        HttpResponse<byte[]> cancelled =
                api.call("POST", "/api/v1/orders/" + early + "/cancel", "Authorization", "Bearer " + token);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json(cancelled).get("cancelledAt").isNull()).isFalse();
        assertProblem(api.call("POST", "/api/v1/orders/" + early + "/cancel", "Authorization", "Bearer " + token), 409);
        assertProblem(api.call("POST", "/api/v1/orders/" + late + "/cancel", "Authorization", "Bearer " + token), 409);
        assertThat(json(customers.get(token, "/api/v1/orders/" + late))
                        .get("status")
                        .asText())
                .isEqualTo("COOKING");
    }

    @Test
    void badListParametersAreRefused() {
        String token = customers.newCustomer();
        for (String bad :
                new String[] {"limit=0", "limit=101", "limit=ten", "status=open", "cursor=abc", "cursor=AAAAAAAAAAA"}) {
            assertProblem(customers.get(token, "/api/v1/orders?" + bad), 400);
        }
    }

    // ----------------------------------------------------------------------------------------------

    private static Money euros(String amount) {
        return Money.of(amount, Currency.getInstance("EUR"));
    }

    private static int ordersOf(String token) {
        return json(customers.get(token, "/api/v1/orders?limit=100"))
                .get("orders")
                .size();
    }
}
