package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
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
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private static RouteServer server;
    private static ContractClient api;
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
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void prepaidMethodsWaitForTheMoney() {
        String token = newCustomer();

        assertThat(json(place(token, key(), body(margherita, 1, "CARD")))
                        .get("status")
                        .asText())
                .isEqualTo("AWAITING_PAYMENT");
        assertThat(json(place(token, key(), body(margherita, 1, "BANK_QR")))
                        .get("status")
                        .asText())
                .isEqualTo("AWAITING_PAYMENT");
        assertThat(json(place(token, key(), body(margherita, 1, "POS_ON_DELIVERY")))
                        .get("status")
                        .asText())
                .isEqualTo("PROCESSING");
    }

    @Test
    void invalidOrdersAreRefusedFieldByFieldAndStoreNothing() {
        String token = newCustomer();

        assertProblem(
                api.json(
                        "POST",
                        "/api/v1/orders",
                        body(cola, 1, "CASH_ON_DELIVERY"),
                        "Authorization",
                        "Bearer " + token),
                400);
        assertInvalid(
                token, "{\"items\":[],\"deliveryAddress\":\"Main street 1\",\"paymentMethod\":\"CARD\"}", "items");
        assertInvalid(token, body(cola, 0, "CARD"), "items[0].quantity");
        assertInvalid(token, body(cola, 100, "CARD"), "items[0].quantity");
        assertInvalid(token, body(999_999, 1, "CARD"), "items[0].menuItemId");
        assertInvalid(token, body(cola, 1, "BITCOIN"), "paymentMethod");
        assertInvalid(token, """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": " ", "paymentMethod": "CARD"}""".formatted(cola), "deliveryAddress");
        assertInvalid(token, """
                {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "%s", "paymentMethod": "CARD"}""".formatted(cola, "x".repeat(501)), "deliveryAddress");
        StringBuilder many = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"menuItemId\":")
                    .append(cola)
                    .append(",\"quantity\":1}");
        }
        assertInvalid(token, many + "],\"deliveryAddress\":\"Main street 1\",\"paymentMethod\":\"CARD\"}", "items");
        assertInvalid(token, """
                {"items": [{"menuItemId": "one", "quantity": 1}], "deliveryAddress": "a", "paymentMethod": "CARD"}""", "items[0].menuItemId");
        assertThat(ordersOf(token)).isZero();
    }

    @Test
    void anotherCustomersOrderDoesNotExistForYou() {
        String anna = newCustomer();
        String bob = newCustomer();
        String uid = json(place(anna, key(), body(cola, 1, "CASH_ON_DELIVERY")))
                .get("uid")
                .asText();

        assertProblem(get(bob, "/api/v1/orders/" + uid), 404);
        assertProblem(get(bob, "/api/v1/orders/" + uid + "/report.pdf"), 404);
        assertProblem(api.call("POST", "/api/v1/orders/" + uid + "/cancel", "Authorization", "Bearer " + bob), 404);
        assertProblem(get(anna, "/api/v1/orders/" + UUID.randomUUID()), 404);
        assertProblem(get(anna, "/api/v1/orders/not-a-uid"), 400);
        assertThat(json(get(anna, "/api/v1/orders/" + uid)).get("status").asText())
                .isEqualTo("PROCESSING");
        assertThat(json(get(bob, "/api/v1/orders")).get("orders").size()).isZero();
    }

    @Test
    void theReportIsARealPdfWithTheOrdersFacts() throws Exception {
        String token = newCustomer();
        String uid = json(place(token, key(), body(margherita, 3, "CASH_ON_DELIVERY")))
                .get("uid")
                .asText();

        HttpResponse<byte[]> pdf = get(token, "/api/v1/orders/" + uid + "/report.pdf");

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
        String token = newCustomer();
        String uid = json(place(token, key(), body(margherita, 1, "POS_ON_DELIVERY")))
                .get("uid")
                .asText();
        String events = "/api/v1/ops/orders/" + uid + "/events";

        assertProblem(api.json("POST", events, "{\"type\":\"COOKING_STARTED\"}"), 401);
        assertProblem(
                api.json("POST", events, "{\"type\":\"COOKING_STARTED\"}", "Authorization", "Bearer " + token), 401);
        assertProblem(ops("POST", events, "{\"type\":\"DELIVERED\"}"), 409);
        assertThat(ops("POST", events, "{\"type\":\"COOKING_STARTED\"}").statusCode())
                .isEqualTo(200);
        JsonNode replay = json(ops("POST", events, "{\"type\":\"COOKING_STARTED\"}"));
        assertThat(replay.get("status").asText()).isEqualTo("COOKING");
        JsonNode revised = json(ops("POST", events, """
                {"type": "COOKING_FINISHED", "estimatedDeliveryAt": "%s"}""".formatted(Instant.now().plusSeconds(3600))));
        assertThat(revised.get("cookingFinishedAt").isNull()).isFalse();
        ops("POST", events, "{\"type\":\"DELIVERY_STARTED\"}");
        ops("POST", events, "{\"type\":\"DELIVERED\"}");
        JsonNode paid =
                json(ops("POST", events, "{\"type\":\"PAYMENT_COLLECTED\",\"terminalReference\":\"TERM-1-0001\"}"));

        assertThat(paid.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(paid.get("paymentStatus").asText()).isEqualTo("PAID");
        for (String step : new String[] {
            "registeredAt", "cookingStartedAt", "cookingFinishedAt", "deliveryStartedAt", "deliveredAt"
        }) {
            assertThat(paid.get(step).isNull()).as(step).isFalse();
        }
        assertThat(json(get(token, "/api/v1/orders/" + uid))).isEqualTo(paid);
        assertProblem(ops("POST", events, "{\"type\":\"BAKED\"}"), 400);
        assertProblem(
                ops("POST", "/api/v1/ops/orders/" + UUID.randomUUID() + "/events", "{\"type\":\"DELIVERED\"}"), 404);
    }

    @Test
    void aCancelBeforeCookingWinsAndAfterItLoses() {
        String token = newCustomer();
        String early =
                json(place(token, key(), body(cola, 1, "CARD"))).get("uid").asText();
        String late = json(place(token, key(), body(cola, 1, "CASH_ON_DELIVERY")))
                .get("uid")
                .asText();
        ops("POST", "/api/v1/ops/orders/" + late + "/events", "{\"type\":\"COOKING_STARTED\"}");

        HttpResponse<byte[]> cancelled =
                api.call("POST", "/api/v1/orders/" + early + "/cancel", "Authorization", "Bearer " + token);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json(cancelled).get("cancelledAt").isNull()).isFalse();
        assertProblem(api.call("POST", "/api/v1/orders/" + early + "/cancel", "Authorization", "Bearer " + token), 409);
        assertProblem(api.call("POST", "/api/v1/orders/" + late + "/cancel", "Authorization", "Bearer " + token), 409);
        assertThat(json(get(token, "/api/v1/orders/" + late)).get("status").asText())
                .isEqualTo("COOKING");
    }

    @Test
    void badListParametersAreRefused() {
        String token = newCustomer();
        for (String bad :
                new String[] {"limit=0", "limit=101", "limit=ten", "status=open", "cursor=abc", "cursor=AAAAAAAAAAA"}) {
            assertProblem(get(token, "/api/v1/orders?" + bad), 400);
        }
    }

    // ----------------------------------------------------------------------------------------------

    private static Money euros(String amount) {
        return Money.of(amount, Currency.getInstance("EUR"));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String body(int item, int quantity, String method) {
        return """
                {"items": [{"menuItemId": %s, "quantity": %s}], "deliveryAddress": "Main street 1",
                 "paymentMethod": "%s"}""".formatted(item, quantity, method);
    }

    private static HttpResponse<byte[]> place(String token, String key, String body) {
        return api.json("POST", "/api/v1/orders", body, "Authorization", "Bearer " + token, "Idempotency-Key", key);
    }

    private static HttpResponse<byte[]> get(String token, String path) {
        return api.get(path, "Authorization", "Bearer " + token);
    }

    private static HttpResponse<byte[]> ops(String method, String path, String body) {
        return api.json(method, path, body, "X-Service-Key", SERVICE_KEY);
    }

    private static void assertInvalid(String token, String body, String field) {
        HttpResponse<byte[]> response = place(token, key(), body);
        assertProblem(response, 400);
        assertThat(json(response).get("errors").findValuesAsText("field"))
                .as(text(response))
                .contains(field);
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    private static String newCustomer() {
        int n = PEOPLE.incrementAndGet();
        String login = "orderer" + n;
        HttpResponse<byte[]> signUp = api.json("POST", "/api/v1/customers", """
                {"login": "%s", "email": "%s@example.org", "phoneNumber": "+4916000%05d", "password": "%s"}""".formatted(login, login, n, PASSWORD));
        assertThat(signUp.statusCode()).as(text(signUp)).isEqualTo(201);
        HttpResponse<byte[]> session = api.json("POST", "/api/v1/sessions", """
                {"login": "%s", "password": "%s"}""".formatted(login, PASSWORD));
        assertThat(session.statusCode()).as(text(session)).isEqualTo(201);
        return json(session).get("token").asText();
    }

    private static int ordersOf(String token) {
        return json(get(token, "/api/v1/orders?limit=100")).get("orders").size();
    }
}
