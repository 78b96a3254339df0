package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order report by e-mail, sent through a real SMTP server (GreenMail) listening in the test. */
class ReportMailApiTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    /** Generous: the sender runs every two seconds; this bounds a hang, not the speed. */
    private static final long ARRIVAL_MS = 60_000;

    private static GreenMail smtp;
    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(
                database,
                "SERVICE_KEYS",
                SERVICE_KEY,
                "SMTP_HOST",
                "127.0.0.1",
                "SMTP_PORT",
                Integer.toString(smtp.getSmtp().getPort()),
                "SMTP_FROM",
                "orders@shop.example",
                "SMTP_STARTTLS",
                "false");
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
    }

    @AfterAll
    static void stop() {
        backend.close();
        smtp.stop();
    }

    @Test
    void theReportArrivesAsAPdfAttachedToAMailToTheCustomersOwnAddressThreeTimesAnHourAtMost() throws Exception {
        String token = customers.signedIn("mailme", "+4917300000011");
        String uid = order(token);
        customers.signedIn("bystander", "+4917300000012");

        HttpResponse<byte[]> queued = customers.call("POST", "/api/v1/orders/" + uid + "/report/email", token, 202);

        assertThat(json(queued).get("status").asText()).isEqualTo("QUEUED");
        assertThat(smtp.waitForIncomingEmail(ARRIVAL_MS, 1))
                .as("the mail arrived")
                .isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("mailme@example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("orders@shop.example");
        assertThat(mail.getSubject()).contains(uid);
        Part pdf = ((Multipart) mail.getContent()).getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getFileName()).isEqualTo("order-" + uid + ".pdf");
        try (InputStream content = pdf.getInputStream()) {
            assertThat(new String(content.readNBytes(5), StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }

        customers.call("POST", "/api/v1/orders/" + uid + "/report/email", token, 202);
        customers.call("POST", "/api/v1/orders/" + uid + "/report/email", token, 202);
        HttpResponse<byte[]> fourth = customers.call("POST", "/api/v1/orders/" + uid + "/report/email", token, 429);

        long retryAfter =
                Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(3_000L, 3_600L);
        assertThat(smtp.waitForIncomingEmail(ARRIVAL_MS, 3))
                .as("the two more mails arrived")
                .isTrue();
        assertThat(smtp.getReceivedMessages())
                .hasSize(3)
                .allSatisfy(each -> assertThat(each.getRecipients(Message.RecipientType.TO)[0].toString())
                        .isEqualTo("mailme@example.org"));
        String other = order(token);
        customers.call("POST", "/api/v1/orders/" + other + "/report/email", token, 202);
        assertThat(smtp.waitForIncomingEmail(ARRIVAL_MS, 4))
                .as("another order has an hour of its own")
                .isTrue();
    }

    @Test
    void anotherCustomersOrderOrNoneOrNoUidIsRefusedAndSendsNothing() throws SQLException {
        String owner = customers.signedIn("owner", "+4917300000013");
        String uid = order(owner);
        String stranger = customers.signedIn("stranger", "+4917300000014");
        int before = smtp.getReceivedMessages().length;
        List<String> rows = DatabaseDump.everyRow(database);

        customers.call("POST", "/api/v1/orders/" + uid + "/report/email", stranger, 404);
        customers.call("POST", "/api/v1/orders/" + UUID.randomUUID() + "/report/email", stranger, 404);
        customers.call("POST", "/api/v1/orders/not-a-uid/report/email", stranger, 400);
        assertThat(api.call("POST", "/api/v1/orders/" + uid + "/report/email").statusCode())
                .isEqualTo(401);

        // The sender mails only what a request queued: no row queued is no mail, now or later, where
        // waiting a few seconds for no mail could only show that none came within them.
        assertThat(DatabaseDump.everyRow(database))
                .as("nothing queued for a refused request")
                .isEqualTo(rows);
        assertThat(smtp.getReceivedMessages())
                .as("no mail for a refused request")
                .hasSize(before);
    }

    @Test
    void withoutAMailServerTheRouteAnswers501AndAStrangerStill404() {
        try (CustomerBackend bare = TestBackends.start(TestPostgres.freshDatabase(), "SERVICE_KEYS", SERVICE_KEY)) {
            ApiClient plain = new ApiClient(bare.port());
            CustomerCalls plainCustomers = new CustomerCalls(plain);
            String token = plainCustomers.signedIn("nomail", "+4917300000015");
            int item = plain.newMenuItem(SERVICE_KEY, "Soups", "Borscht", "6.40");
            String uid = plainCustomers.placed(token, """
                    {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "Elm street 5",
                     "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(item));
            String stranger = plainCustomers.signedIn("nosy", "+4917300000016");

            HttpResponse<byte[]> refused =
                    plain.call("POST", "/api/v1/orders/" + uid + "/report/email", "Authorization", "Bearer " + token);

            assertThat(refused.statusCode()).isEqualTo(501);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(refused).get("detail").asText()).contains("SMTP_HOST");
            assertThat(plain.call(
                                    "POST",
                                    "/api/v1/orders/" + uid + "/report/email",
                                    "Authorization",
                                    "Bearer " + stranger)
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    private static String order(String token) {
        int item = api.newMenuItem(SERVICE_KEY, "Soups", "Borscht " + UUID.randomUUID(), "6.40");
        return customers.placed(token, """
                {"items": [{"menuItemId": %s, "quantity": 2}], "deliveryAddress": "Elm street 5",
                 "paymentMethod": "CASH_ON_DELIVERY"}""".formatted(item));
    }
}
