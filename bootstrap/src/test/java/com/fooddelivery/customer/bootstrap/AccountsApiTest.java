package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts and the token check over HTTP, on the real service and a real PostgreSQL. */
class AccountsApiTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static final List<String> TOKENS_HANDED_OUT = new ArrayList<>();

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        // The production Argon2id, not the tests' cheap one: theDatabaseHoldsNoTokenAndNoPasswordInClear checks it.
        backend = TestBackends.start(
                database,
                "PASSWORD_HASH_MEMORY",
                String.valueOf(Argon2idPasswordHasher.DEFAULT_MEMORY_KIB),
                "PASSWORD_HASH_ITERATIONS",
                String.valueOf(Argon2idPasswordHasher.DEFAULT_ITERATIONS));
        api = new ApiClient(backend.port());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void signUpReturnsTheNewCustomerWithoutAnySecret() {
        HttpResponse<byte[]> response = signUp("Anna.K", "Anna.K@Example.org", "+49 151 555 0001");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/customers/me");
        JsonNode customer = json(response);
        assertThat(UUID.fromString(customer.get("uid").asText())).isNotNull();
        assertThat(customer.get("login").asText()).isEqualTo("Anna.K");
        assertThat(customer.get("email").asText()).isEqualTo("anna.k@example.org");
        assertThat(customer.get("phoneNumber").asText()).isEqualTo("+491515550001");
        assertThat(ApiClient.text(response)).doesNotContain(PASSWORD).doesNotContain("argon2");
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsStored() {
        HttpResponse<byte[]> response = api.json(
                "POST",
                "/api/v1/customers",
                "{\"login\":\"x\",\"email\":\"nope\",\"phoneNumber\":\"12\",\"password\":\"password1\"}");

        assertProblem(response, 400);
        assertThat(json(response).get("errors").findValuesAsText("field"))
                .containsExactly("login", "email", "phoneNumber", "password");
        assertThat(count("delivery_customer_c where login = 'x'")).isZero();
    }

    @Test
    void aTakenLoginEmailOrPhoneIsAConflictNamingTheField() {
        signUp("bob", "bob@example.org", "+4915155500002");

        assertConflict(signUp("BOB", "bob2@example.org", "+4915155500003"), "login");
        assertConflict(signUp("bob2", "BOB@example.org", "+4915155500004"), "email");
        assertConflict(signUp("bob3", "bob3@example.org", "0049 151 555 00002"), "phoneNumber");
    }

    @Test
    void malformedBodiesAreRefusedWithoutEchoingThem() {
        assertProblem(api.json("POST", "/api/v1/customers", "{\"login\": \"anna\", \"password\": \"" + PASSWORD), 400);
        assertProblem(api.json("POST", "/api/v1/customers", "[1,2]"), 400);
        assertProblem(api.json("POST", "/api/v1/customers", ""), 400);
        HttpResponse<byte[]> unknown =
                api.json("POST", "/api/v1/sessions", "{\"login\":\"anna\",\"password\":\"x\",\"admin\":true}");
        assertProblem(unknown, 400);
        assertThat(json(unknown).get("errors").get(0).get("field").asText()).isEqualTo("admin");
        HttpResponse<byte[]> wrongType =
                api.json("POST", "/api/v1/sessions", "{\"login\":{\"$ne\":null},\"password\":\"x\"}");
        assertProblem(wrongType, 400);
        assertThat(ApiClient.text(api.json("POST", "/api/v1/customers", "{\"password\": \"" + PASSWORD + "\"")))
                .doesNotContain(PASSWORD);
        HttpResponse<byte[]> notJson = api.send(HttpRequest.newBuilder(api.uri("/api/v1/sessions"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("login=anna"))
                .build());
        assertProblem(notJson, 415);
    }

    @Test
    void signInWorksWithLoginEmailOrPhoneAndTheTokenOpensTheAccount() {
        Person carla = newPerson();

        for (String login : new String[] {carla.login.toUpperCase(Locale.ROOT), carla.email, carla.phone}) {
            HttpResponse<byte[]> response = api.json("POST", "/api/v1/sessions", """
                            {"login": "%s", "password": "%s"}""".formatted(login, PASSWORD));
            assertThat(response.statusCode()).as(login).isEqualTo(201);
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            JsonNode session = json(response);
            assertThat(Instant.parse(session.get("expiresAt").asText())).isAfter(Instant.now());
            String token = session.get("token").asText();
            TOKENS_HANDED_OUT.add(token);
            HttpResponse<byte[]> me = api.get("/api/v1/customers/me", "Authorization", "Bearer " + token);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(json(me).get("login").asText()).isEqualTo(carla.login);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        Person dora = newPerson();

        HttpResponse<byte[]> wrongPassword = signIn(dora.login, "not the password");
        HttpResponse<byte[]> unknownLogin = signIn("nobody-" + dora.login, PASSWORD);

        assertProblem(wrongPassword, 401);
        assertProblem(unknownLogin, 401);
        assertThat(wrongPassword.body()).isEqualTo(unknownLogin.body());
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() {
        Person emil = newPerson();
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(emil.login, "guess " + i), 401);
        }

        HttpResponse<byte[]> throttled = signIn(emil.email, PASSWORD);

        assertProblem(throttled, 429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 31L);
        assertThat(count("delivery_signin_attempt_c")).isPositive();
    }

    @Test
    void customerRoutesNeedAValidBearerToken() {
        Person fred = newPerson();
        String token = fred.signIn();

        HttpResponse<byte[]> missing = api.get("/api/v1/customers/me");
        assertProblem(missing, 401);
        assertThat(missing.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertProblem(api.get("/api/v1/customers/me", "Authorization", "Basic " + token), 401);
        assertProblem(api.get("/api/v1/customers/me", "Authorization", "Bearer"), 401);
        assertProblem(api.get("/api/v1/customers/me", "Authorization", "Bearer " + token.substring(1) + "x"), 401);
        assertProblem(api.get("/api/v1/customers/me", "Authorization", "Bearer ' or 1=1 --"), 401);
        assertThat(api.get("/api/v1/customers/me", "Authorization", "bearer " + token)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Person gina = newPerson();
        String token = gina.signIn();

        sql(
                "update delivery_customer_token_c set token_begin_dt = now() - interval '1 day', token_end_dt = now() - interval '1 second' "
                        + "where customer_id = (select delivery_customer_c_id from delivery_customer_c where login = '"
                        + gina.login + "')");

        assertProblem(gina.get("/api/v1/customers/me", token), 401);
    }

    @Test
    void signOutKillsTheTokenAtOnce() {
        Person hugo = newPerson();
        String token = hugo.signIn();

        assertThat(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);

        assertProblem(hugo.get("/api/v1/customers/me", token), 401);
        assertProblem(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token), 401);
    }

    @Test
    void theTokenOfADeletedCustomerIsRefused() {
        Person ines = newPerson();
        String token = ines.signIn();

        sql("delete from delivery_customer_c where login = '" + ines.login + "'");

        assertProblem(ines.get("/api/v1/customers/me", token), 401);
    }

    @Test
    void devicesAreListedAndCanBeEndedOneByOne() {
        Person jan = newPerson();
        String phone = jan.signIn();
        String laptop = jan.signIn();

        JsonNode sessions = json(jan.get("/api/v1/sessions", laptop)).get("sessions");
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.get(0).get("current").asBoolean()).isTrue();
        assertThat(sessions.get(0).get("userAgent").asText()).isNotBlank();
        int phoneSession = sessions.get(1).get("id").asInt();

        assertThat(api.call("DELETE", "/api/v1/sessions/" + phoneSession, "Authorization", "Bearer " + laptop)
                        .statusCode())
                .isEqualTo(204);
        assertProblem(jan.get("/api/v1/customers/me", phone), 401);
        assertThat(jan.get("/api/v1/customers/me", laptop).statusCode()).isEqualTo(200);

        Person kim = newPerson();
        String kims = kim.signIn();
        int kimsSession = json(kim.get("/api/v1/sessions", kims))
                .get("sessions")
                .get(0)
                .get("id")
                .asInt();
        assertProblem(api.call("DELETE", "/api/v1/sessions/" + kimsSession, "Authorization", "Bearer " + laptop), 404);
        assertThat(kim.get("/api/v1/customers/me", kims).statusCode()).isEqualTo(200);
        assertProblem(api.call("DELETE", "/api/v1/sessions/abc", "Authorization", "Bearer " + laptop), 400);
    }

    @Test
    void settingsChangePartiallyAndNullClears() {
        Person lena = newPerson();
        String token = lena.signIn();

        HttpResponse<byte[]> changed = api.json(
                "PATCH",
                "/api/v1/customers/me",
                "{\"deliveryAddress\":\"Main street 1, Berlin\",\"preferredPaymentMethod\":\"CARD\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("deliveryAddress").asText()).isEqualTo("Main street 1, Berlin");
        assertThat(json(changed).get("email").asText()).isEqualTo(lena.email);

        JsonNode cleared = json(api.json(
                "PATCH", "/api/v1/customers/me", "{\"deliveryAddress\":null}", "Authorization", "Bearer " + token));
        assertThat(cleared.get("deliveryAddress").isNull()).isTrue();
        assertThat(cleared.get("preferredPaymentMethod").asText()).isEqualTo("CARD");
    }

    @Test
    void invalidOrTakenSettingsChangeNothing() {
        Person mia = newPerson();
        Person other = newPerson();
        String token = mia.signIn();

        assertProblem(
                api.json(
                        "PATCH",
                        "/api/v1/customers/me",
                        "{\"email\":\"broken\",\"deliveryAddress\":\"Road 2\"}",
                        "Authorization",
                        "Bearer " + token),
                400);
        assertProblem(
                api.json("PATCH", "/api/v1/customers/me", "{\"uid\":\"x\"}", "Authorization", "Bearer " + token), 400);
        assertProblem(
                api.json("PATCH", "/api/v1/customers/me", "{\"email\":null}", "Authorization", "Bearer " + token), 400);
        assertProblem(
                api.json(
                        "PATCH",
                        "/api/v1/customers/me",
                        "{\"deliveryAddress\":42}",
                        "Authorization",
                        "Bearer " + token),
                400);
        assertConflict(
                api.json(
                        "PATCH",
                        "/api/v1/customers/me",
                        """
                        {"email": "%s"}""".formatted(other.email),
                        "Authorization",
                        "Bearer " + token),
                "email");

        JsonNode me = json(mia.get("/api/v1/customers/me", token));
        assertThat(me.get("email").asText()).isEqualTo(mia.email);
        assertThat(me.get("deliveryAddress").isNull()).isTrue();
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        Person nora = newPerson();
        String phone = nora.signIn();
        String laptop = nora.signIn();

        assertProblem(
                api.json(
                        "POST",
                        "/api/v1/customers/me/password",
                        "{\"currentPassword\":\"wrong one\",\"newPassword\":\"a brand new secret\"}",
                        "Authorization",
                        "Bearer " + laptop),
                400);
        assertThat(api.json(
                                "POST",
                                "/api/v1/customers/me/password",
                                """
                                {"currentPassword": "%s", "newPassword": "a brand new secret"}""".formatted(PASSWORD),
                                "Authorization",
                                "Bearer " + laptop)
                        .statusCode())
                .isEqualTo(204);

        assertProblem(nora.get("/api/v1/customers/me", phone), 401);
        assertThat(nora.get("/api/v1/customers/me", laptop).statusCode()).isEqualTo(200);
        assertThat(signIn(nora.login, "a brand new secret").statusCode()).isEqualTo(201);
        assertProblem(signIn(nora.login, PASSWORD), 401);
    }

    @Test
    void theDatabaseHoldsNoTokenAndNoPasswordInClear() throws SQLException {
        Person olga = newPerson();
        TOKENS_HANDED_OUT.add(olga.signIn());
        TOKENS_HANDED_OUT.add(olga.signIn());

        List<String> rows = DatabaseDump.everyRow(database);

        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            assertThat(row).doesNotContain(PASSWORD);
            for (String token : TOKENS_HANDED_OUT) {
                assertThat(row).doesNotContain(token);
            }
        }
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void aHashMadeWithCheaperSettingsIsRehashedWithTheProductionOnesAtTheNextSignIn() {
        Person cheap;
        // The tests' cheap Argon2id (TestBackends.CHEAP_HASHING) on another instance of the same database.
        try (CustomerBackend other = TestBackends.start(database)) {
            ApiClient otherApi = new ApiClient(other.port());
            String login = "cheap" + PEOPLE.incrementAndGet();
            cheap = new Person(login, login + "@example.org", "+4917099999999");
            otherApi.signedInCustomer(cheap.login(), cheap.phone(), PASSWORD);
        }
        assertThat(passwordColumn(cheap.login())).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");

        cheap.signIn();

        assertThat(passwordColumn(cheap.login())).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    // ----------------------------------------------------------------------------------------------

    private record Person(String login, String email, String phone) {

        String signIn() {
            HttpResponse<byte[]> response = AccountsApiTest.signIn(login, PASSWORD);
            assertThat(response.statusCode()).isEqualTo(201);
            String token = json(response).get("token").asText();
            TOKENS_HANDED_OUT.add(token);
            return token;
        }

        HttpResponse<byte[]> get(String path, String token) {
            return api.get(path, "Authorization", "Bearer " + token);
        }
    }

    private static Person newPerson() {
        int n = PEOPLE.incrementAndGet();
        Person person = new Person("person" + n, "person" + n + "@example.org", "+4917000" + String.format("%05d", n));
        assertThat(signUp(person.login, person.email, person.phone).statusCode())
                .isEqualTo(201);
        return person;
    }

    private static HttpResponse<byte[]> signUp(String login, String email, String phone) {
        return api.json("POST", "/api/v1/customers", """
                {"login": "%s", "email": "%s", "phoneNumber": "%s", "password": "%s"}""".formatted(login, email, phone, PASSWORD));
    }

    private static HttpResponse<byte[]> signIn(String login, String password) {
        return api.json("POST", "/api/v1/sessions", """
                {"login": "%s", "password": "%s"}""".formatted(login, password));
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }

    private static void assertConflict(HttpResponse<byte[]> response, String field) {
        assertProblem(response, 409);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static void sql(String statement) {
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String passwordColumn(String login) {
        try (Connection connection = connect();
                Statement sql = connection.createStatement();
                ResultSet result =
                        sql.executeQuery("select password from delivery_customer_c where login = '" + login + "'")) {
            assertThat(result.next()).as(login).isTrue();
            return result.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static int count(String from) {
        try (Connection connection = connect();
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery("select count(*) from " + from)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
