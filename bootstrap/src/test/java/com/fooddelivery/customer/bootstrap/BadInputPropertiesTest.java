package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated bad requests against every operation of the contract: wrong types, missing and extra
 * fields, huge and unicode strings, SQL and path meta characters, broken JSON, wrong content types,
 * absurd numbers and dates, bad query parameters, path segments both encoded and raw, bad ids and
 * another customer's ids, garbage, foreign and valid credentials. Whatever arrives, the service
 * answers without a 5xx, with an answer the contract describes, refuses as problem+json, and a
 * refused request changes nothing in the database (save the failed-sign-in counter, whose whole job is to record refusals).
 *
 * <p>Every operation first gets a fixed round of the worst kinds, so none is left to chance; then
 * jqwik mixes them at random. How many requests went to each operation is written to
 * {@code target/bad-input-requests.txt}.
 */
class BadInputPropertiesTest {

    private static final String SERVICE_KEY = "fuzzing-service-key-0123456789";
    /** Stand for the two customers' current tokens: a generated sign-out may end a session, which is then replaced. */
    private static final String ANNA = "Bearer (anna)";
    private static final String BOB = "Bearer (bob)";
    private static final Map<String, AtomicInteger> SENT = new ConcurrentSkipListMap<>();
    /** Path segments sent as they are, not percent-encoded: traversal, separators and stray escapes. */
    private static final List<String> RAW_SEGMENTS = List.of("..", "../..", "../../../etc/passwd", "a/b", "%2e%2e%2f",
            "%252F", ";x=1", "?q=1", "%00", "%C0%AE%C0%AE", "*");

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static HttpClient http;
    private static String base;
    private static String customerToken;
    private static String orderUid;
    private static String otherToken;
    private static String otherOrderUid;

    @BeforeContainer
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database, "SERVICE_KEYS", SERVICE_KEY);
        base = "http://localhost:" + backend.port();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ApiClient api = new ApiClient(backend.port());
        int item = api.newMenuItem(SERVICE_KEY, "Fuzz", "Fuzz soup", "3.30");
        customerToken = api.signedInCustomer("fuzzy", "+4917812345678", "correct horse battery");
        orderUid = placeOrder(api, item, customerToken);
        otherToken = api.signedInCustomer("other", "+4917812345679", "correct horse battery");
        otherOrderUid = placeOrder(api, item, otherToken);
    }

    private static String placeOrder(ApiClient api, int item, String token) {
        return ApiClient.json(api.json("POST", "/api/v1/orders", "{\"items\":[{\"menuItemId\":" + item
                        + ",\"quantity\":1}],\"deliveryAddress\":\"Fuzz street 1\",\"paymentMethod\":\"CARD\"}",
                "Authorization", "Bearer " + token, "Idempotency-Key", "fuzz-seed")).get("uid").asText();
    }

    @AfterContainer
    static void stop() throws IOException {
        int total = SENT.values().stream().mapToInt(AtomicInteger::get).sum();
        StringBuilder report = new StringBuilder("BadInputPropertiesTest sent " + total + " requests to "
                + SENT.size() + " operations\n");
        SENT.forEach((operation, count) -> report.append(count.get()).append('\t').append(operation).append('\n'));
        Files.writeString(Path.of("target", "bad-input-requests.txt"), report);
        System.out.print(report);
        backend.close();
    }

    @Example
    void everyOperationRefusesTheWorstKindsOfInputWithoutAChange() throws Exception {
        for (String operation : ApiContract.operations()) {
            exchange(operation, "' or '1'='1", "", "{", "application/json", ANNA);
            exchange(operation, "..", "", "null", "text/plain", "Bearer garbage");
            exchange(operation, "RAW:../../../etc/passwd", "?limit=-1&cursor=%00", "[]", "", "");
            exchange(operation, otherOrderUid, "", "{\"items\":[],\"extra\":1}", "application/json", ANNA);
            exchange(operation, orderUid, "?status=done", "{\"name\":\"" + "😀".repeat(5_000) + "\"}",
                    "application/json", BOB);
            exchange(operation, "99999999999999999999", "", "{\"price\":1e400}", "application/json", SERVICE_KEY);
        }
        assertThat(SENT.keySet()).containsAll(ApiContract.operations());
    }

    @Property(tries = 200, seed = "20261125")
    void noBadRequestBreaksTheServiceOrChangesData(@ForAll("operations") String operation,
                                                   @ForAll("pathValues") String pathValue,
                                                   @ForAll("queries") String query,
                                                   @ForAll("bodies") String body,
                                                   @ForAll("contentTypes") String contentType,
                                                   @ForAll("credentials") String credential) throws Exception {
        exchange(operation, pathValue, query, body, contentType, credential);
    }

    /**
     * Sends one request and checks the answer: {@code pathValue} fills every path parameter,
     * percent-encoded unless it starts with {@code RAW:}.
     */
    private static void exchange(String operation, String pathValue, String query, String body, String contentType,
                                 String credential) throws Exception {
        String[] parts = operation.split(" ", 2);
        credential = credential.equals(ANNA) ? "Bearer " + customerToken : credential.equals(BOB) ? "Bearer " + otherToken
                : credential;
        String segment = pathValue.startsWith("RAW:") ? pathValue.substring(4)
                : URLEncoder.encode(pathValue, StandardCharsets.UTF_8).replace("+", "%20");
        String path = parts[1].replaceAll("\\{[^}]+}", Matcher.quoteReplacement(segment)) + query;
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

        SENT.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            throw new AssertionError(parts[0] + " " + path + " got no answer (" + body.length() + " characters of "
                    + contentType + ")", noAnswer);
        }

        assertThat(response.statusCode()).as("%s %s -> %s", parts[0], path, response.body()).isLessThan(500);
        ApiContract.checkAnswer(parts[0], built.uri(), built.headers().map(), body.getBytes(StandardCharsets.UTF_8),
                response.statusCode(), response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8));
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("%s %s", parts[0], path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(fingerprint()).as("a refused %s %s changed data", parts[0], path).isEqualTo(before);
        } else if (parts[1].startsWith("/api/v1/sessions")) {
            customerToken = stillSignedIn(customerToken, "fuzzy");
            otherToken = stillSignedIn(otherToken, "other");
        }
    }

    private static String stillSignedIn(String token, String login) {
        ApiClient api = new ApiClient(backend.port());
        if (api.get("/api/v1/customers/me", "Authorization", "Bearer " + token).statusCode() == 200) {
            return token;
        }
        return ApiClient.json(api.json("POST", "/api/v1/sessions", "{\"login\":\"" + login
                + "\",\"password\":\"correct horse battery\"}")).get("token").asText();
    }

    @Provide
    Arbitrary<String> operations() {
        return Arbitraries.of(new ArrayList<>(ApiContract.operations()));
    }

    @Provide
    Arbitrary<String> pathValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-1", "1", "2147483648", "99999999999999999999", "1.5", "1e3", "null", "true",
                        "' or '1'='1", "..%2F..%2Fetc%2Fpasswd", "%00", "current", "😀", "ÄÖÜ", orderUid,
                        "00000000-0000-0000-0000-000000000000", "DROP TABLE delivery_order_c;--", otherOrderUid),
                Arbitraries.of(RAW_SEGMENTS).map(raw -> "RAW:" + raw),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "", "?limit=0", "?limit=101", "?limit=-1", "?limit=abc", "?limit=99999999999",
                        "?limit=1e3", "?status=done", "?status=", "?cursor=garbage", "?cursor=%00",
                        "?status=all&limit=1&cursor=" + "A".repeat(4_000), "?limit=1&limit=2", "?status=pending%27--"),
                Arbitraries.strings().ofMaxLength(60).map(text -> "?cursor=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
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
                ANNA, BOB, SERVICE_KEY, "wrong-service-key-0123456789");
    }

    /**
     * A digest of every row of every table but the failed-sign-in counter and the per-client rate
     * limits' buckets: every request, refused or not, draws from its client's allowance.
     */
    private static String fingerprint() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement sql = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = sql.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_name not in ('delivery_signin_attempt_c',"
                    + " 'delivery_ratelimit_bucket_c') order by 1")) {
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
