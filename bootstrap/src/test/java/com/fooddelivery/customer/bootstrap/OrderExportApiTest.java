package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV export of the customer's orders: one row per line, RFC 4180, no formula a spreadsheet would run. */
class OrderExportApiTest {

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
    void everyLineIsARowQuotedByRfc4180AndNoCellStartsAFormula() throws IOException {
        int pizza = api.newMenuItem(SERVICE_KEY, "Pizza", "@Home special", "8.50");
        int cola = api.newMenuItem(SERVICE_KEY, "Drinks", "Cola, large", "2.20");
        String token = customers.signedIn("exporter", "+4917400000001");
        String first = place(
                token,
                """
                [{"menuItemId": %s, "quantity": 2}, {"menuItemId": %s, "quantity": 1}]""".formatted(pizza, cola),
                "=HYPERLINK(\\\"http://evil.example\\\")",
                "say \\\"hi\\\",\\nthen -ring");
        String second = place(token, """
                [{"menuItemId": %s, "quantity": 3}]""".formatted(cola), "+49 street 1", "");
        String stranger = customers.signedIn("stranger", "+4917400000002");
        place(stranger, """
                [{"menuItemId": %s, "quantity": 1}]""".formatted(cola), "Elsewhere 9", "");

        HttpResponse<byte[]> export = api.get("/api/v1/orders?format=csv", "Authorization", "Bearer " + token);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"orders.csv\"");
        String text = new String(export.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("\"Cola, large\"");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).extracting(row -> row.get("orderUid")).containsExactly(second, first, first);
        CSVRecord pizzaRow = rows.get(1);
        assertThat(pizzaRow.get("itemName")).isEqualTo("'@Home special");
        assertThat(pizzaRow.get("deliveryAddress")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(pizzaRow.get("comment")).isEqualTo("say \"hi\",\nthen -ring");
        assertThat(pizzaRow.get("quantity")).isEqualTo("2");
        assertThat(pizzaRow.get("lineCost")).isEqualTo("17.00");
        assertThat(pizzaRow.get("orderTotal")).isEqualTo("19.20");
        assertThat(pizzaRow.get("line")).isEqualTo("1");
        assertThat(rows.get(0).get("deliveryAddress")).isEqualTo("'+49 street 1");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell)
                        .as("a cell a spreadsheet would run")
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void acceptTextCsvAsksForTheExportFormatJsonWinsAndAnUnknownFormatIsRefused() {
        String token = customers.signedIn("accepting", "+4917400000003");

        HttpResponse<byte[]> byHeader =
                api.get("/api/v1/orders", "Authorization", "Bearer " + token, "Accept", "text/csv");
        HttpResponse<byte[]> json =
                api.get("/api/v1/orders?format=json", "Authorization", "Bearer " + token, "Accept", "text/csv");
        HttpResponse<byte[]> unknown = api.get("/api/v1/orders?format=xml", "Authorization", "Bearer " + token);

        assertThat(byHeader.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(new String(byHeader.body(), StandardCharsets.UTF_8))
                .startsWith("orderUid,registeredAt,")
                .hasLineCount(1);
        assertThat(json(json).get("orders")).isEmpty();
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").findValuesAsText("field")).containsExactly("format");
    }

    private static String place(String token, String items, String address, String comment) {
        return customers.placed(token, """
                {"items": %s, "deliveryAddress": "%s", "paymentMethod": "CASH_ON_DELIVERY", "comment": "%s"}""".formatted(items, address, comment));
    }
}
