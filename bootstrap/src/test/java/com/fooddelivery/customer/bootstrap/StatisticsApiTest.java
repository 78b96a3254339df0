package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The customer's statistics: buckets in their zone, zeros for empty ones, only their own orders counted. */
class StatisticsApiTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    private static final String PATH = "/api/v1/customers/me/statistics";

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
    private static int pizza;
    private static int cola;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
        pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "Margherita", "8.50");
        cola = api.newMenuItem(SERVICE_KEY, "Drinks", "Cola", "2.20");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void bucketsAreCutInTheCustomersZoneEmptyOnesAreZerosAndOnlyDeliveredOrPaidOrdersCount() throws Exception {
        String token = customers.signedIn("counter", "+4917500000001");
        // 22:30 UTC on 31 March is 00:30 on 1 April in Berlin (a Wednesday): April's, hour 0.
        String lateMarch = delivered(token, 2, 1, "Home 1");
        placedAt(lateMarch, "2026-03-31T22:30:00Z");
        String june = delivered(token, 1, 0, "Office 2");
        placedAt(june, "2026-06-15T10:00:00Z");
        String cancelled = place(token, 1, 0, "Home 1");
        customers.call("POST", "/api/v1/orders/" + cancelled + "/cancel", token, 200);
        placedAt(cancelled, "2026-06-16T10:00:00Z");
        String underWay = place(token, 1, 0, "Home 1");
        placedAt(underWay, "2026-06-17T10:00:00Z");
        String stranger = customers.signedIn("stranger", "+4917500000002");
        placedAt(delivered(stranger, 5, 5, "Elsewhere"), "2026-04-02T10:00:00Z");

        JsonNode stats = json(customers.call(
                "GET", PATH + "?from=2026-01-01&to=2026-06-30&bucket=month&zone=Europe/Berlin", token, 200));

        assertThat(stats.get("buckets")).hasSize(6);
        assertThat(stats.get("buckets").get(0).get("start").asText()).isEqualTo("2026-01-01T00:00:00+01:00");
        assertThat(stats.get("buckets").get(3).get("start").asText()).isEqualTo("2026-04-01T00:00:00+02:00");
        List<Long> orders = new ArrayList<>();
        stats.get("buckets").forEach(bucket -> orders.add(bucket.get("orders").asLong()));
        assertThat(orders).containsExactly(0L, 0L, 0L, 1L, 0L, 1L);
        JsonNode april = stats.get("buckets").get(3);
        assertThat(april.get("items").asLong()).isEqualTo(3);
        assertThat(april.get("spent").decimalValue()).isEqualByComparingTo("19.20");
        assertThat(stats.get("buckets").get(5).get("cancelled").asLong()).isEqualTo(1);
        JsonNode totals = stats.get("totals");
        assertThat(totals.get("orders").asLong()).isEqualTo(2);
        assertThat(totals.get("spent").decimalValue()).isEqualByComparingTo("27.70");
        assertThat(totals.get("averageOrderValue").decimalValue()).isEqualByComparingTo("13.85");
        assertThat(totals.get("cancelled").asLong()).isEqualTo(1);
        assertThat(stats.get("topItemsByQuantity").get(0).get("name").asText()).isEqualTo("Margherita");
        assertThat(stats.get("topItemsByQuantity").get(0).get("quantity").asLong())
                .isEqualTo(3);
        assertThat(stats.get("topItemsByMoney").get(0).get("spent").decimalValue())
                .isEqualByComparingTo("25.50");
        assertThat(stats.get("deliveryPlaces").findValuesAsText("deliveryAddress"))
                .containsExactlyInAnyOrder("Home 1", "Office 2");
        assertThat(stats.get("ordersByWeekday").get(2).asInt()).isEqualTo(1);
        assertThat(stats.get("ordersByHour").get(0).asInt()).isEqualTo(1);
        assertThat(stats.get("ordersByHour").get(12).asInt()).isEqualTo(1);

        JsonNode utc = json(customers.call("GET", PATH + "?from=2026-01-01&to=2026-06-30&bucket=month", token, 200));
        assertThat(utc.get("buckets").get(2).get("orders").asLong())
                .as("in UTC the order is March's")
                .isEqualTo(1);
        JsonNode days = json(customers.call(
                "GET", PATH + "?from=2026-06-01&to=2026-06-30&bucket=day&zone=Europe/Berlin", token, 200));
        assertThat(days.get("buckets")).hasSize(30);
        JsonNode weeks = json(customers.call("GET", PATH + "?from=2026-06-01&to=2026-06-30&bucket=week", token, 200));
        assertThat(weeks.get("buckets").get(0).get("start").asText()).isEqualTo("2026-06-01T00:00:00Z");
    }

    @Test
    void theDefaultsAreTheLastTwelveMonthsByMonthInUtcAndBadParametersAreRefusedFieldByField() {
        String token = customers.signedIn("defaults", "+4917500000003");

        JsonNode stats = json(customers.call("GET", PATH, token, 200));

        assertThat(stats.get("bucket").asText()).isEqualTo("month");
        assertThat(stats.get("zone").asText()).isEqualTo("UTC");
        assertThat(stats.get("buckets").size()).isBetween(12, 13);
        assertThat(stats.get("totals").get("averageOrderValue").decimalValue()).isEqualByComparingTo("0.00");
        HttpResponse<byte[]> bad =
                customers.call("GET", PATH + "?from=yesterday&bucket=fortnight&zone=%2B02:00", token, 400);
        assertThat(json(bad).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("from", "bucket", "zone");
        assertThat(json(customers.call("GET", PATH + "?from=2020-01-01&to=2026-01-01", token, 400))
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("to");
        assertThat(json(customers.call("GET", PATH + "?from=2026-02-01&to=2026-01-01", token, 400))
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("from");
        customers.call("GET", PATH, "not-a-token", 401);
    }

    @Test
    void chartsAreRealPngsForAnEmptyRangeOneOrderAndAHundredBuckets() throws Exception {
        String token = customers.signedIn("charted", "+4917500000004");
        String single = delivered(token, 1, 1, "Home 3");
        placedAt(single, "2026-05-10T18:00:00Z");
        Path out = Path.of("target", "charts");
        Files.createDirectories(out);
        Map<String, String> charts = Map.of(
                "empty", "?from=2025-01-01&to=2025-12-31&bucket=month&metric=orders",
                "one-order", "?from=2026-01-01&to=2026-12-31&bucket=month&zone=Europe/Berlin",
                "hundred-days", "?from=2026-02-01&to=2026-05-11&bucket=day&metric=items");

        for (Map.Entry<String, String> chart : charts.entrySet()) {
            HttpResponse<byte[]> png = customers.call("GET", PATH + "/chart.png" + chart.getValue(), token, 200);
            assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth()).as(chart.getKey()).isEqualTo(960);
            assertThat(image.getHeight()).as(chart.getKey()).isEqualTo(480);
            // Kept for a person to look at: the build's charts are in bootstrap/target/charts.
            Files.write(out.resolve(chart.getKey() + ".png"), png.body());
        }
        HttpResponse<byte[]> pdf = customers.call(
                "GET",
                "/api/v1/customers/me/statistics.pdf?from=2026-01-01&to=2026-12-31"
                        + "&bucket=month&zone=Europe/Berlin",
                token,
                200);
        Files.write(out.resolve("statistics.pdf"), pdf.body());
        PdfReader report = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= report.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(report).getTextFromPage(page));
        }
        assertThat(text).contains("Order statistics", "2026-01-01 to 2026-12-31", "Margherita", "Home 3", "10.70 EUR");
        HttpResponse<byte[]> hundred = customers.call(
                "GET", "/api/v1/customers/me/statistics.pdf?from=2026-02-01&to=2026-05-11" + "&bucket=day", token, 200);
        Files.write(out.resolve("statistics-hundred-days.pdf"), hundred.body());
        assertThat(new PdfReader(hundred.body()).getNumberOfPages()).isGreaterThan(1);
        assertThat(json(customers.call("GET", PATH + "/chart.png?metric=profit", token, 400))
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("metric");
    }

    private static String delivered(String token, int pizzas, int colas, String address) {
        String uid = place(token, pizzas, colas, address);
        return api.deliver(SERVICE_KEY, uid);
    }

    private static String place(String token, int pizzas, int colas, String address) {
        String line = """
                {"menuItemId": %s, "quantity": %s}""";
        String items = line.formatted(pizza, pizzas) + (colas > 0 ? ", " + line.formatted(cola, colas) : "");
        return customers.placed(token, """
                {"items": [%s], "deliveryAddress": "%s", "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(items, address));
    }

    private static void placedAt(String uid, String instant) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(
                    "update delivery_order_c set registered_dt = '" + instant + "' where order_uid = '" + uid + "'");
        }
    }
}
