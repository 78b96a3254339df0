package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.ApiContract;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken object-level authorization (OWASP API1): customer B sends every customer operation of the
 * contract that names a resource in its path, aimed at a resource of customer A's. Each must answer
 * 404 problem+json, exactly as for a resource that does not exist, and leave every row of the
 * database as it was.
 *
 * <p>The operations come from {@code docs/openapi.yaml}, not from this class: an operation added to
 * the contract with the bearer scheme and a path parameter fails {@link
 * #everyCustomerOperationNamingAResourceIsAimedAtAnotherCustomersResource} until {@link #RESOURCES}
 * (by the resource its path names) or {@link #AIMS} (by the operation) says how to point it at a resource
 * of A's.
 *
 * <p>So that a 404 cannot come from a badly aimed request (a wrong id, a resource in the wrong
 * state), A then sends the very same request and must succeed: the only difference between the two
 * requests is whose token they carry. A use case or adapter that forgot its owner check would answer
 * B as it answers A, and this test would fail.
 */
class ObjectLevelAuthorizationTest {

    private static final String SERVICE_KEY = "kitchen-service-key-0123456789";
    private static final String PASSWORD = "correct horse battery";

    /**
     * How to aim an operation at a resource of A's, by the resource its path names (the path up to its
     * first parameter): a new operation on a known resource needs nothing here. Each aim first makes the
     * resource it needs, in the state in which the request succeeds for its owner, so every aim stands alone.
     */
    private static final Map<String, Function<Victim, Aim>> RESOURCES = Map.of(
            "/api/v1/orders/{uid}",
            victim -> Aim.of(Map.of("uid", victim.order("CASH_ON_DELIVERY"))),
            "/api/v1/sessions/{id}",
            victim -> Aim.of(Map.of("id", victim.anotherSession())),
            "/api/v1/customers/me/cards/{id}",
            victim -> Aim.of(Map.of("id", victim.linkedCard())),
            "/api/v1/payments/{reference}",
            victim -> Aim.of(Map.of("reference", victim.paymentWaitingForAuthentication())));

    /**
     * The operations whose owner needs more than {@link #RESOURCES} gives (a body, a header, a resource in
     * another state), keyed as {@link ApiContract#operations()} names them.
     */
    private static final Map<String, Function<Victim, Aim>> AIMS = Map.ofEntries(
            aim(
                    "POST /api/v1/orders/{uid}/payments",
                    victim -> new Aim(
                            Map.of("uid", victim.order("CARD")),
                            "{\"token\":\"tok_visa\"}",
                            List.of("Idempotency-Key", UUID.randomUUID().toString()))),
            aim(
                    "GET /api/v1/orders/{uid}/payment/qr.png",
                    victim -> Aim.of(Map.of("uid", victim.orderWithPendingQr()))),
            aim(
                    "PUT /api/v1/orders/{uid}/rating",
                    victim ->
                            new Aim(Map.of("uid", victim.deliveredOrder()), "{\"food\":4,\"delivery\":5}", List.of())),
            // A delivered order's stream shows its state and ends, so the owner's request completes.
            aim("GET /api/v1/orders/{uid}/events", victim -> Aim.of(Map.of("uid", victim.deliveredOrder()))),
            aim(
                    "PATCH /api/v1/customers/me/cards/{id}",
                    victim -> new Aim(
                            Map.of("id", victim.linkedCard()), "{\"label\":\"Work\",\"default\":true}", List.of())));

    private static Map.Entry<String, Function<Victim, Aim>> aim(String operation, Function<Victim, Aim> aim) {
        return Map.entry(operation, aim);
    }

    /** The operation's own aim, else its resource's; null when neither says how to aim it. */
    private static Function<Victim, Aim> aimFor(String operation) {
        return AIMS.getOrDefault(operation, RESOURCES.get(resourceOf(operation)));
    }

    /** {@code "GET /api/v1/orders/{uid}/report.pdf"} names the resource {@code /api/v1/orders/{uid}}. */
    private static String resourceOf(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return path.substring(0, path.indexOf('}') + 1);
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    /** The owner's report mail must be sent somewhere real, or the 202 below proves nothing. */
    private static GreenMail smtp;

    private static ApiClient api;
    private static int menuItem;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
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
        menuItem = api.newMenuItem(SERVICE_KEY, "Soups", "Borscht", "6.40");
    }

    @AfterAll
    static void stop() {
        backend.close();
        smtp.stop();
    }

    @Test
    void everyCustomerOperationNamingAResourceIsAimedAtAnotherCustomersResource() {
        Set<String> named = ApiContract.operationsWithPathParameters("bearer");

        assertThat(named)
                .as("the contract's customer operations with a path parameter")
                .isNotEmpty();
        assertThat(named)
                .as("every customer operation of docs/openapi.yaml that names a resource in its path needs an aim: "
                        + "its resource's in ObjectLevelAuthorizationTest.RESOURCES, or its own in AIMS")
                .allSatisfy(
                        operation -> assertThat(aimFor(operation)).as(operation).isNotNull());
        assertThat(named)
                .as("every aim of AIMS is for an operation of the contract")
                .containsAll(AIMS.keySet());
        assertThat(named.stream().map(ObjectLevelAuthorizationTest::resourceOf))
                .as("every resource of RESOURCES is named by an operation of the contract")
                .containsAll(RESOURCES.keySet());
    }

    @Test
    void anotherCustomersResourceDoesNotExistForYouAndStaysAsItWas() throws SQLException {
        Customer anna = Customer.signUp("anna");
        Customer bob = Customer.signUp("bob");
        // Soft, so that one run names every operation that lets a stranger in, not only the first.
        SoftAssertions softly = new SoftAssertions();

        for (String operation : ApiContract.operationsWithPathParameters("bearer")) {
            Function<Victim, Aim> aim = aimFor(operation);
            assertThat(aim).as("no aim for %s in RESOURCES or AIMS", operation).isNotNull();
            String[] verbAndPath = operation.split(" ", 2);
            Aim aimed = aim.apply(new Victim(anna));
            String path = aimed.fill(verbAndPath[1]);
            List<String> before = sorted(DatabaseDump.everyRow(database));

            HttpResponse<byte[]> trespass = aimed.send(verbAndPath[0], path, bob);

            softly.assertThat(trespass.statusCode())
                    .as("%s %s by another customer: %s", verbAndPath[0], path, shown(trespass))
                    .isEqualTo(404);
            softly.assertThat(trespass.headers().firstValue("Content-Type"))
                    .as("%s by another customer", operation)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            softly.assertThat(sorted(DatabaseDump.everyRow(database)))
                    .as("%s %s by another customer changed the database", verbAndPath[0], path)
                    .containsExactlyElementsOf(before);

            HttpResponse<byte[]> own = aimed.send(verbAndPath[0], path, anna);

            softly.assertThat(own.statusCode())
                    .as(
                            "the same %s %s by its owner, or the 404 above proves nothing: %s",
                            verbAndPath[0], path, shown(own))
                    .isBetween(200, 299);
            awaitBackgroundMail();
        }
        softly.assertAll();
    }

    /**
     * Waits until the background sender has sent every queued report mail, so that its writes never fall
     * between the next operation's two database dumps. The bound only stops a hang.
     */
    private static void awaitBackgroundMail() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (DatabaseDump.everyRow(database).stream()
                .anyMatch(row -> row.contains("\"order_uid\"") && row.contains("\"sent_dt\":null"))) {
            assertThat(System.nanoTime()).as("the report mails were sent").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the report mails", interrupted);
            }
        }
    }

    /** A response's body where it is text; a PDF or PNG would only fill the failure with noise. */
    private static String shown(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return type.contains("json") ? ApiClient.text(response) : type + ", " + response.body().length + " bytes";
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }

    /**
     * One request aimed at a resource: the values of the path's parameters, and the body and headers
     * the operation needs to succeed for the resource's owner. Only the bearer token differs between
     * the trespasser's request and the owner's.
     */
    private record Aim(Map<String, String> pathParameters, String json, List<String> headers) {

        static Aim of(Map<String, String> pathParameters) {
            return new Aim(pathParameters, null, List.of());
        }

        /** The template with every parameter filled; a parameter the aim does not fill fails the test. */
        String fill(String template) {
            Matcher parameter = PATH_PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String value = pathParameters.get(parameter.group(1));
                assertThat(value)
                        .as("the aim for %s fills no {%s}", template, parameter.group(1))
                        .isNotNull();
                parameter.appendReplacement(
                        path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
            parameter.appendTail(path);
            return path.toString();
        }

        HttpResponse<byte[]> send(String method, String path, Customer caller) {
            List<String> all = new ArrayList<>(headers);
            all.addAll(List.of("Authorization", "Bearer " + caller.token()));
            String[] pairs = all.toArray(String[]::new);
            return json == null ? api.call(method, path, pairs) : api.json(method, path, json, pairs);
        }
    }

    /** A signed-in customer. */
    private record Customer(String login, String token) {

        static Customer signUp(String login) {
            api.json("POST", "/api/v1/customers", """
                    {"login": "%s", "email": "%s@example.org", "phoneNumber": "+49160%08d", "password": "%s"}""".formatted(
                            login, login, Math.floorMod(login.hashCode(), 100_000_000), PASSWORD));
            return new Customer(login, json(signIn(login)).get("token").asText());
        }

        static HttpResponse<byte[]> signIn(String login) {
            HttpResponse<byte[]> session = api.json("POST", "/api/v1/sessions", """
                            {"login": "%s", "password": "%s"}""".formatted(login, PASSWORD));
            assertThat(session.statusCode()).as(ApiClient.text(session)).isEqualTo(201);
            return session;
        }
    }

    /** Makes resources of one customer's, each in the state in which its owner may act on it. */
    private record Victim(Customer owner) {

        /** A card payment waiting for 3-D Secure (the sandbox's test card), whose owner may complete it. */
        String paymentWaitingForAuthentication() {
            HttpResponse<byte[]> started = api.json(
                    "POST",
                    "/api/v1/orders/" + order("CARD") + "/payments",
                    "{\"token\":\"tok_authenticationRequired\"}",
                    "Authorization",
                    "Bearer " + owner.token(),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            assertThat(started.statusCode()).as(ApiClient.text(started)).isEqualTo(202);
            return json(started).get("payment").get("reference").asText();
        }

        /** A card the owner linked (the sandbox's test token), which the owner may change or remove. */
        String linkedCard() {
            HttpResponse<byte[]> linked = api.json(
                    "POST",
                    "/api/v1/customers/me/cards",
                    "{\"token\":\"tok_visa\"}",
                    "Authorization",
                    "Bearer " + owner.token());
            assertThat(linked.statusCode()).as(ApiClient.text(linked)).isEqualTo(201);
            return json(linked).get("id").asText();
        }

        /** A session of the owner's on another device: one the owner may end. */
        String anotherSession() {
            return json(Customer.signIn(owner.login())).get("sessionId").asText();
        }

        /** A new order, {@code PROCESSING} when paid at the door and {@code AWAITING_PAYMENT} when prepaid. */
        String order(String paymentMethod) {
            HttpResponse<byte[]> placed = api.json(
                    "POST",
                    "/api/v1/orders",
                    """
                    {"items": [{"menuItemId": %s, "quantity": 1}], "deliveryAddress": "Main street 1",
                     "paymentMethod": "%s"}""".formatted(menuItem, paymentMethod),
                    "Authorization",
                    "Bearer " + owner.token(),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            assertThat(placed.statusCode()).as(ApiClient.text(placed)).isEqualTo(201);
            return json(placed).get("uid").asText();
        }

        /** A cash order the kitchen and the courier have brought to the door: one its owner may rate. */
        String deliveredOrder() {
            String uid = order("CASH_ON_DELIVERY");
            return api.deliver(SERVICE_KEY, uid);
        }

        /** A bank-QR order whose QR code has been issued and not yet paid. */
        String orderWithPendingQr() {
            String uid = order("BANK_QR");
            HttpResponse<byte[]> issued = api.call(
                    "POST",
                    "/api/v1/orders/" + uid + "/payments",
                    "Authorization",
                    "Bearer " + owner.token(),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            assertThat(issued.statusCode()).as(ApiClient.text(issued)).isEqualTo(201);
            return uid;
        }
    }
}
