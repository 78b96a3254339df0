package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated bad requests against every operation of the contract: wrong types, missing and extra
 * fields, huge and unicode strings, SQL and path meta characters, broken JSON, wrong content types,
 * absurd numbers and dates, bad and foreign ids, garbage and valid credentials. Whatever arrives,
 * the service answers without a 5xx, refuses as problem+json, and a refused request changes nothing
 * in the database (save the failed-sign-in counter, whose whole job is to record refusals).
 */
class BadInputPropertiesTest {

    private static final String SERVICE_KEY = "fuzzing-service-key-0123456789";
    private static final AtomicInteger SENT = new AtomicInteger();

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static HttpClient http;
    private static String base;
    private static String customerToken;
    private static String orderUid;

    @BeforeContainer
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        base = "http://localhost:" + backend.port();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ApiClient api = new ApiClient(backend.port());
        int item = api.newMenuItem(SERVICE_KEY, "Fuzz", "Fuzz soup", "3.30");
        api.json("POST", "/api/v1/customers", "{\"login\":\"fuzzy\",\"email\":\"fuzzy@example.org\","
                + "\"phoneNumber\":\"+4917812345678\",\"password\":\"correct horse battery\"}");
        customerToken = ApiClient.json(api.json("POST", "/api/v1/sessions",
                "{\"login\":\"fuzzy\",\"password\":\"correct horse battery\"}")).get("token").asText();
        orderUid = ApiClient.json(api.json("POST", "/api/v1/orders", "{\"items\":[{\"menuItemId\":" + item
                        + ",\"quantity\":1}],\"deliveryAddress\":\"Fuzz street 1\",\"paymentMethod\":\"CASH_ON_DELIVERY\"}",
                "Authorization", "Bearer " + customerToken, "Idempotency-Key", "fuzz-seed")).get("uid").asText();
    }

    @AfterContainer
    static void stop() {
        System.out.println("BadInputPropertiesTest sent " + SENT.get() + " generated requests");
        backend.close();
    }

    @Property(tries = 200, seed = "20261125")
    void noBadRequestBreaksTheServiceOrChangesData(@ForAll("operations") String operation,
                                                   @ForAll("pathValues") String pathValue,
                                                   @ForAll("bodies") String body,
                                                   @ForAll("contentTypes") String contentType,
                                                   @ForAll("credentials") String credential) throws Exception {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", URLEncoder.encode(pathValue, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(parts[0], body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        if (credential.startsWith("Bearer") || credential.startsWith("Basic")) {
            request.header("Authorization", credential);
        } else if (!credential.isEmpty()) {
            request.header("X-Service-Key", credential);
        }
        request.header("Idempotency-Key", pathValue.isBlank() ? "k" : "fuzz-" + Math.abs(pathValue.hashCode()));
        String before = fingerprint();

        HttpResponse<String> response = send(request.build());

        assertThat(response.statusCode()).as("%s %s -> %s", parts[0], path, response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("%s %s", parts[0], path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(fingerprint()).as("a refused %s %s changed data", parts[0], path).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> operations() {
        return Arbitraries.of(new ArrayList<>(ApiContract.operations()));
    }

    @Provide
    Arbitrary<String> pathValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-1", "1", "2147483648", "99999999999999999999", "1.5", "1e3", "null", "true",
                        "' or '1'='1", "..%2F..%2Fetc%2Fpasswd", "%00", "current", "😀", "ÄÖÜ", orderUidOrRandom(),
                        "00000000-0000-0000-0000-000000000000", "DROP TABLE delivery_order_c;--"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"a\":", "{}", "{\"items\":null}",
                        "{\"items\":[{\"menuItemId\":\"x\",\"quantity\":-5}],\"deliveryAddress\":1,\"paymentMethod\":[]}",
                        "{\"login\":{\"$ne\":null},\"password\":[1]}", "{\"name\":\"" + "x".repeat(10_000) + "\"}",
                        "{\"price\":1e400,\"categoryId\":9.9e99,\"name\":\"n\"}", "{\"type\":\"COOKING_STARTED\",\"at\":\"yesterday\"}",
                        "{\"at\":\"99999-12-31T00:00:00Z\",\"type\":\"DELIVERED\"}", "{\"email\":\"\\u0000@x\"}",
                        "{\"deliveryAddress\":\"\\ud800\"}", "\u00ff\u00fe garbage", "{\"currentPassword\":1}"),
                Arbitraries.strings().ofMaxLength(200).map(text -> "{\"name\":\"" + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\",\"extra\":true}"),
                Arbitraries.strings().ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("", "application/json", "application/json; charset=utf-8", "text/plain", "image/png",
                "application/xml", "multipart/form-data; boundary=x", "application/merge-patch+json", "*/*");
    }

    @Provide
    Arbitrary<String> credentials() {
        return Arbitraries.of("", "Bearer", "Bearer garbage", "Bearer " + "a".repeat(43), "Basic Zm9vOmJhcg==",
                "Bearer " + customerToken, SERVICE_KEY, "wrong-service-key-0123456789");
    }

    private static String orderUidOrRandom() {
        return orderUid != null ? orderUid : "11111111-2222-3333-4444-555555555555";
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        SENT.incrementAndGet();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A digest of every row of every table but the failed-sign-in counter. */
    private static String fingerprint() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = sql.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_name <> 'delivery_signin_attempt_c' order by 1")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            StringBuilder digest = new StringBuilder();
            for (String table : tables) {
                try (ResultSet result = sql.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) "
                        + "from \"" + table + "\" t")) {
                    result.next();
                    digest.append(table).append('=').append(result.getString(1)).append(';');
                }
            }
            return digest.toString();
        }
    }
}
