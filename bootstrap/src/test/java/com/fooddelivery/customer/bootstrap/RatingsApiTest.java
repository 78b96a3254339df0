package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ratings over HTTP: only a delivered order, for seven days, the owner's only; the summary and the event. */
class RatingsApiTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static int soup;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        // Every browse reads the database, so a rating shows on the menu at once.
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY, "MENU_MAX_AGE", "PT0S");
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        soup = api.newMenuItem(SERVICE_KEY, "Soups", "Pumpkin soup", "5.90");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aDeliveredOrderIsRatedChangedShownInItsDetailsAndReportAndRecordedAsAnEvent() throws Exception {
        String token = customers.newCustomer();
        String uid = deliveredOrder(token);
        long before = lastEventPosition();

        JsonNode first = json(rate(token, uid, "{\"food\":5,\"delivery\":4,\"comment\":\"  Still hot  \"}", 200));
        JsonNode changed = json(rate(token, uid, "{\"food\":2,\"delivery\":4}", 200));

        assertThat(first.get("comment").asText()).isEqualTo("Still hot");
        assertThat(changed.get("food").asInt()).isEqualTo(2);
        assertThat(changed.get("comment").asText()).isEmpty();
        JsonNode order = json(api.get("/api/v1/orders/" + uid, "Authorization", "Bearer " + token));
        assertThat(order.get("rating")).isEqualTo(changed);
        HttpResponse<byte[]> pdf = api.get("/api/v1/orders/" + uid + "/report.pdf", "Authorization", "Bearer " + token);
        assertThat(new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1))
                .contains("food 2/5, delivery 4/5");
        List<JsonNode> rated = new ArrayList<>();
        json(api.get("/api/v1/ops/events?limit=1000&after=" + before, "X-Service-Key", SERVICE_KEY))
                .get("events")
                .forEach(event -> {
                    if (event.get("type").asText().endsWith("order.rated.v1")) {
                        rated.add(event);
                    }
                });
        assertThat(rated)
                .extracting(event -> event.get("data").get("lowRating").asBoolean())
                .containsExactly(false, true);
        assertThat(rated.get(0).get("subject").asText()).isEqualTo(uid);
        assertThat(rated.get(0).get("data").get("comment").asText()).isEqualTo("Still hot");
    }

    @Test
    void anOrderNotYetDeliveredOrDeliveredMoreThanSevenDaysAgoIsNotRatedAndNothingChanges() throws Exception {
        String token = customers.newCustomer();
        String pending = place(token);
        rate(token, pending, "{\"food\":5,\"delivery\":5}", 409);

        String old = deliveredOrder(token);
        rate(token, old, "{\"food\":4,\"delivery\":4}", 200);
        sql("update delivery_order_c set delivered_dt = now() - interval '7 days 1 minute' where order_uid = '" + old
                + "'");
        rate(token, old, "{\"food\":1,\"delivery\":1}", 409);

        assertThat(json(api.get("/api/v1/orders/" + old, "Authorization", "Bearer " + token))
                        .get("rating")
                        .get("food")
                        .asInt())
                .isEqualTo(4);
        assertThat(json(api.get("/api/v1/orders/" + pending, "Authorization", "Bearer " + token))
                        .get("rating")
                        .isNull())
                .isTrue();
    }

    @Test
    void anotherCustomersOrderCannotBeRatedAndBadStarsAreRefusedFieldByField() {
        String owner = customers.newCustomer();
        String uid = deliveredOrder(owner);
        rate(customers.newCustomer(), uid, "{\"food\":5,\"delivery\":5}", 404);
        rate(owner, UUID.randomUUID().toString(), "{\"food\":5,\"delivery\":5}", 404);

        HttpResponse<byte[]> refused = rate(owner, uid, """
                        {"food": 0, "delivery": 6, "comment": "%s"}""".formatted("x".repeat(1001)), 400);
        assertThat(json(refused).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("food", "delivery", "comment");
        assertThat(json(rate(owner, uid, "{}", 400)).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("food", "delivery");
        rate(owner, uid, "{\"food\":3.5,\"delivery\":3}", 400);
        assertThat(json(api.get("/api/v1/orders/" + uid, "Authorization", "Bearer " + owner))
                        .get("rating")
                        .isNull())
                .isTrue();
    }

    @Test
    void theSummaryAveragesTheLastNinetyDays() throws Exception {
        // The other stories' ratings leave the window, so the figures below are this story's alone.
        sql("update delivery_rating_c set rated_dt = now() - interval '100 days'");
        JsonNode none = json(api.get("/api/v1/ratings/summary"));
        String token = customers.newCustomer();
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            uids.add(deliveredOrder(token));
        }
        rate(token, uids.get(0), "{\"food\":5,\"delivery\":3}", 200);
        rate(token, uids.get(1), "{\"food\":4,\"delivery\":2}", 200);
        rate(token, uids.get(2), "{\"food\":1,\"delivery\":1}", 200);
        sql("update delivery_rating_c set rated_dt = now() - interval '91 days' where order_id = "
                + "(select delivery_order_c_id from delivery_order_c where order_uid = '" + uids.get(2) + "')");

        JsonNode summary = json(api.get("/api/v1/ratings/summary"));

        assertThat(none.get("food").get("count").asLong()).isZero();
        assertThat(none.get("food").get("average").isNull()).isTrue();
        assertThat(summary.get("periodDays").asInt()).isEqualTo(90);
        assertThat(summary.get("food").get("count").asLong()).isEqualTo(2);
        assertThat(summary.get("food").get("average").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(summary.get("delivery").get("average").decimalValue()).isEqualByComparingTo("2.50");
    }

    @Test
    void aMenuItemShowsTheFoodStarsOfTheOrdersThatContainedItFromFiveRatingsOnWithANewTag() {
        int pie = api.newMenuItem(SERVICE_KEY, "Pies", "Apple pie", "4.20");
        int category =
                json(api.get("/api/v1/menu-items/" + pie)).get("categoryId").asInt();
        String token = customers.newCustomer();
        int[] stars = {5, 4, 4, 3, 5};
        for (int i = 0; i < 4; i++) {
            rate(token, deliveredOrder(token, pie), """
                    {"food": %s, "delivery": 1}""".formatted(stars[i]), 200);
        }
        HttpResponse<byte[]> fourRatings = api.get("/api/v1/categories/" + category + "/menu-items");
        assertThat(json(fourRatings).get("menuItems").get(0).has("rating")).isFalse();
        assertThat(json(api.get("/api/v1/menu-items/" + pie)).has("rating")).isFalse();
        String tag = fourRatings.headers().firstValue("ETag").orElseThrow();

        rate(token, deliveredOrder(token, pie), """
                {"food": %s, "delivery": 1}""".formatted(stars[4]), 200);

        HttpResponse<byte[]> fiveRatings =
                api.get("/api/v1/categories/" + category + "/menu-items", "If-None-Match", tag);
        assertThat(fiveRatings.statusCode()).isEqualTo(200);
        JsonNode listed = json(fiveRatings).get("menuItems").get(0).get("rating");
        assertThat(listed.get("average").decimalValue()).isEqualByComparingTo("4.20");
        assertThat(listed.get("count").asInt()).isEqualTo(5);
        assertThat(json(api.get("/api/v1/menu-items/" + pie)).get("rating")).isEqualTo(listed);
    }

    private static HttpResponse<byte[]> rate(String token, String uid, String body, int status) {
        HttpResponse<byte[]> response =
                api.json("PUT", "/api/v1/orders/" + uid + "/rating", body, "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        return response;
    }

    private static String place(String token) {
        return place(token, soup);
    }

    private static String place(String token, int item) {
        return customers.placed(token, orderBody(item, 2, "CASH_ON_DELIVERY"));
    }

    private static String deliveredOrder(String token) {
        return deliveredOrder(token, soup);
    }

    private static String deliveredOrder(String token, int item) {
        String uid = place(token, item);
        return api.deliver(SERVICE_KEY, uid);
    }

    private static long lastEventPosition() {
        JsonNode events = json(api.get("/api/v1/ops/events?limit=1000&after=0", "X-Service-Key", SERVICE_KEY))
                .get("events");
        return events.isEmpty()
                ? 0
                : events.get(events.size() - 1).get("position").asLong();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
