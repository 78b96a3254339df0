package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.PASSWORD;
import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.adapter.http.Problems.assertFieldError;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.http.KitchenMenuCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input a hostile or broken client sends that PostgreSQL itself would trip over or store as something
 * else, each refused as a 400 naming the field and changing no row: control characters, broken text and
 * bytes, totals beyond what the money column holds; and line breaks stored exactly as sent. Keys given
 * twice, digits in other spellings, reports dated before the order's history and a menu change on the
 * next request are {@code HostileInputRoutesTest}'s, in {@code adapter-http-javalin}, over the domain's
 * fakes, and so are {@code BadInputPropertiesTest}'s generated tries against every operation.
 */
class HostileInputApiTest {

    private static final String SERVICE_KEY = "hostile-service-key-0123456789";

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static KitchenMenuCalls kitchen;
    private static int category;
    private static int soup;
    private static String token;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        kitchen = new KitchenMenuCalls(api, SERVICE_KEY);
        category = kitchen.addCategory("Soups");
        soup = kitchen.addItem(category, "Borscht", "6.40");
        token = customers.signedIn("hostile", "+4917100000001");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aControlCharacterInAnyTextIsAFieldErrorAndNothingIsStored() throws SQLException {
        List<String> before = DatabaseDump.everyRow(database);

        assertFieldError(api.json("POST", "/api/v1/customers", """
                        {"login": "nul\\u0000l", "email": "n@example.org", "phoneNumber": "+4917100000002",
                         "password": "%s"}""".formatted(PASSWORD)), "login");
        assertFieldError(api.json("POST", "/api/v1/customers", """
                        {"login": "nully", "email": "n@example.org", "phoneNumber": "+4917100000002",
                         "password": "correct\\u0000horse battery"}"""), "password");
        assertFieldError(
                api.json("POST", "/api/v1/sessions", "{\"login\":\"hostile\\u0000\",\"password\":\"x\"}"), "login");
        assertFieldError(
                customers.place(token, orderBody(soup, 1, "CASH_ON_DELIVERY", "Main street\\u0000 1", "")),
                "deliveryAddress");
        assertFieldError(
                customers.place(token, orderBody(soup, 1, "CASH_ON_DELIVERY", "Main street 1", "ring\\u001btwice")),
                "comment");
        assertFieldError(
                api.json(
                        "PATCH",
                        "/api/v1/customers/me",
                        "{\"deliveryAddress\":\"Main\\u0000\"}",
                        "Authorization",
                        "Bearer " + token),
                "deliveryAddress");
        assertFieldError(kitchen.ops("POST", "/api/v1/ops/categories", "{\"name\":\"Soups\\u0000\"}"), "name");
        assertFieldError(kitchen.ops("POST", "/api/v1/ops/menu-items", """
                        {"categoryId": %s, "name": "Tea\\u0007", "price": 1.00}""".formatted(category)), "name");

        assertThat(DatabaseDump.everyRow(database)).isEqualTo(before);
    }

    @Test
    void aCommentAndAnAddressKeepTheirLineBreaksExactlyAsSent() {
        HttpResponse<byte[]> placed = customers.place(
                token,
                orderBody(soup, 1, "CASH_ON_DELIVERY", "Main street 1\\nBack door", "Ring twice\\r\\n\\tthen wait"));

        assertThat(placed.statusCode()).as(ApiClient.text(placed)).isEqualTo(201);
        JsonNode stored =
                json(api.get("/api/v1/orders/" + json(placed).get("uid").asText(), "Authorization", "Bearer " + token));
        assertThat(stored.get("deliveryAddress").asText()).isEqualTo("Main street 1\nBack door");
        assertThat(stored.get("comment").asText()).isEqualTo("Ring twice\r\n\tthen wait");
    }

    @Test
    void brokenTextIsRefusedRatherThanStoredAsSomethingElse() throws SQLException {
        List<String> before = DatabaseDump.everyRow(database);

        assertFieldError(
                customers.place(token, orderBody(soup, 1, "CASH_ON_DELIVERY", "Main street \\ud800", "")),
                "deliveryAddress");
        assertFieldError(kitchen.ops("POST", "/api/v1/ops/categories", "{\"name\":\"Soups \\udc00\\ud83c\"}"), "name");
        // C0 AF is an over-long '/', which a lenient decoder reads as one.
        byte[] overLong = concat(
                "{\"name\":\"a".getBytes(StandardCharsets.UTF_8),
                HexFormat.of().parseHex("c0af"),
                "b\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> refused = kitchen.ops("POST", "/api/v1/ops/categories", "application/json", overLong);
        assertFieldError(refused, "body");
        assertThat(ApiClient.text(refused)).contains("is not valid UTF-8");

        assertThat(DatabaseDump.everyRow(database)).isEqualTo(before);
    }

    @Test
    void anOrderCostingMoreThanAnOrderMayIsAFieldErrorNotAFailure() throws SQLException {
        // A price from before MAX_PRICE was lowered: nothing else lets 50 x 99 of one item pass the money column.
        int caviar = itemPricedByHand("Caviar", "2020202.03");
        List<String> before = DatabaseDump.everyRow(database);

        assertFieldError(customers.place(token, manyOf(caviar, 50, 99)), "items");

        assertThat(DatabaseDump.everyRow(database)).isEqualTo(before);
    }

    @Test
    void anOrderOfTheLargestAmountIsStoredAndReadBackToTheCent() throws SQLException {
        // 27 lines of 37 at 10,010,010.01 cost 999 x 10,010,010.01 = 9,999,999,999.99, the most an order may
        // cost and the edge of the money column: only a price from before MAX_PRICE was lowered reaches it.
        int caviar = itemPricedByHand("Royal caviar", "10010010.01");

        HttpResponse<byte[]> placed = customers.place(token, manyOf(caviar, 27, 37));

        assertThat(placed.statusCode()).as(ApiClient.text(placed)).isEqualTo(201);
        String uid = json(placed).get("uid").asText();
        BigDecimal largest = new BigDecimal("9999999999.99");
        assertThat(json(api.get("/api/v1/orders/" + uid, "Authorization", "Bearer " + token))
                        .get("total")
                        .decimalValue())
                .isEqualByComparingTo(largest);
        assertThat(storedTotal(uid)).isEqualTo(largest);
    }

    @Test
    void sqlInATextIsKeptAsTextAndNeverRun() throws SQLException {
        String name = "Soups'); drop table delivery_order_c;--";
        HttpResponse<byte[]> added = kitchen.ops("POST", "/api/v1/ops/categories", """
                {"name": "%s"}""".formatted(name));
        HttpResponse<byte[]> signIn =
                api.json("POST", "/api/v1/sessions", "{\"login\":\"' or '1'='1\",\"password\":\"' or '1'='1\"}");

        assertThat(added.statusCode()).as(ApiClient.text(added)).isEqualTo(201);
        assertThat(json(api.get("/api/v1/categories")).findValuesAsText("name")).contains(name);
        assertThat(signIn.statusCode()).as(ApiClient.text(signIn)).isEqualTo(401);
        assertThat(DatabaseDump.everyRow(database)).anyMatch(row -> row.contains("drop table delivery_order_c;--"));
        assertThat(api.get("/api/v1/orders", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBankQrPaymentWithTheBodyNullIsTheSameAsOneWithoutABody() {
        String first = customers.placed(token, orderBody(soup, 1, "BANK_QR", "Main street 1", ""));
        String second = customers.placed(token, orderBody(soup, 1, "BANK_QR", "Main street 1", ""));

        HttpResponse<byte[]> withoutBody = api.call(
                "POST",
                "/api/v1/orders/" + first + "/payments",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        HttpResponse<byte[]> withNull = api.json(
                "POST",
                "/api/v1/orders/" + second + "/payments",
                "null",
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());

        assertThat(withoutBody.statusCode()).as(ApiClient.text(withoutBody)).isEqualTo(201);
        assertThat(withNull.statusCode()).as(ApiClient.text(withNull)).isEqualTo(201);
        assertThat(json(withNull).get("payment").get("method").asText()).isEqualTo("BANK_QR");
    }

    // ----------------------------------------------------------------------------------------------

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** A menu item whose price is set in its row, beyond what MAX_PRICE lets the API set. */
    private static int itemPricedByHand(String name, String price) throws SQLException {
        int item = kitchen.addItem(category, name, "100.00");
        sql("update delivery_menuitem_c set price = " + price + " where delivery_menuitem_c_id = " + item);
        return item;
    }

    /** A cash order of {@code lines} lines of {@code quantity} of one item. */
    private static String manyOf(int item, int lines, int quantity) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"menuItemId\":")
                    .append(item)
                    .append(",\"quantity\":")
                    .append(quantity)
                    .append('}');
        }
        return """
                {"items": [%s], "deliveryAddress": "Main street 1", "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(items);
    }

    private static BigDecimal storedTotal(String uid) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement();
                ResultSet total =
                        sql.executeQuery("select total_amount from delivery_order_c where order_uid = '" + uid + "'")) {
            total.next();
            return total.getBigDecimal(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
