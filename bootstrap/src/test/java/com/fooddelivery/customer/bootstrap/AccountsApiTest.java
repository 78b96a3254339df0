package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.PASSWORD;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.http.CustomerCalls.Person;
import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts and the token check over HTTP, on the real service and a real PostgreSQL with the production
 * Argon2id: what the database adds (unique logins, e-mails and phones, lookups by each, the failed sign-in
 * counter, sessions ended or customers removed in the database, no secret in any row, rehashing). The
 * account routes' answers one by one (bodies, headers, refusals, sessions, settings, password changes) are
 * {@code AccountRoutesTest}'s, in {@code adapter-http-javalin}, over the domain's fakes.
 */
class AccountsApiTest {

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;
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
        customers = new CustomerCalls(api);
    }

    @AfterAll
    static void stop() {
        backend.close();
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
        assertThat(DatabaseDump.count(database, "delivery_customer_c where login = 'x'"))
                .isZero();
    }

    @Test
    void aTakenLoginEmailOrPhoneIsAConflictNamingTheField() {
        customers.signUp("bob", "bob@example.org", "+4915155500002");

        assertConflict(customers.signUp("BOB", "bob2@example.org", "+4915155500003"), "login");
        assertConflict(customers.signUp("bob2", "BOB@example.org", "+4915155500004"), "email");
        assertConflict(customers.signUp("bob3", "bob3@example.org", "0049 151 555 00002"), "phoneNumber");
    }

    @Test
    void signInWorksWithLoginEmailOrPhoneAndTheTokenOpensTheAccount() {
        Person carla = customers.newPerson();

        for (String login : new String[] {carla.login().toUpperCase(Locale.ROOT), carla.email(), carla.phone()}) {
            HttpResponse<byte[]> response = customers.signIn(login, PASSWORD);
            assertThat(response.statusCode()).as(login).isEqualTo(201);
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            JsonNode session = json(response);
            assertThat(Instant.parse(session.get("expiresAt").asText())).isAfter(Instant.now());
            String token = session.get("token").asText();
            TOKENS_HANDED_OUT.add(token);
            HttpResponse<byte[]> me = api.get("/api/v1/customers/me", "Authorization", "Bearer " + token);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(json(me).get("login").asText()).isEqualTo(carla.login());
        }
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() {
        Person emil = customers.newPerson();
        for (int i = 0; i < 5; i++) {
            assertProblem(customers.signIn(emil.login(), "guess " + i), 401);
        }

        HttpResponse<byte[]> throttled = customers.signIn(emil.email(), PASSWORD);

        assertProblem(throttled, 429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 31L);
        assertThat(DatabaseDump.count(database, "delivery_signin_attempt_c")).isPositive();
    }

    @Test
    void anExpiredTokenIsRefused() {
        Person gina = customers.newPerson();
        String token = signIn(gina);

        sql(
                "update delivery_customer_token_c set token_begin_dt = now() - interval '1 day', token_end_dt = now() - interval '1 second' "
                        + "where customer_id = (select delivery_customer_c_id from delivery_customer_c where login = '"
                        + gina.login() + "')");

        assertProblem(customers.get(token, "/api/v1/customers/me"), 401);
    }

    @Test
    void theTokenOfADeletedCustomerIsRefused() {
        Person ines = customers.newPerson();
        String token = signIn(ines);

        sql("delete from delivery_customer_c where login = '" + ines.login() + "'");

        assertProblem(customers.get(token, "/api/v1/customers/me"), 401);
    }

    @Test
    void invalidOrTakenSettingsChangeNothing() {
        Person mia = customers.newPerson();
        Person other = customers.newPerson();
        String token = signIn(mia);

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
                        {"email": "%s"}""".formatted(other.email()),
                        "Authorization",
                        "Bearer " + token),
                "email");

        JsonNode me = json(customers.get(token, "/api/v1/customers/me"));
        assertThat(me.get("email").asText()).isEqualTo(mia.email());
        assertThat(me.get("deliveryAddress").isNull()).isTrue();
    }

    @Test
    void theDatabaseHoldsNoTokenAndNoPasswordInClear() throws SQLException {
        Person olga = customers.newPerson();
        TOKENS_HANDED_OUT.add(signIn(olga));
        TOKENS_HANDED_OUT.add(signIn(olga));

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
        Person cheap = new Person("cheap", "cheap@example.org", "+4917099999999");
        // The tests' cheap Argon2id (TestBackends.CHEAP_HASHING) on another instance of the same database.
        try (CustomerBackend other = TestBackends.start(database)) {
            new CustomerCalls(new ApiClient(other.port())).signedIn(cheap.login(), cheap.phone());
        }
        assertThat(passwordColumn(cheap.login())).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");

        signIn(cheap);

        assertThat(passwordColumn(cheap.login())).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    // ----------------------------------------------------------------------------------------------

    /** A new session of the person, its token kept for the search of the database's rows. */
    private static String signIn(Person person) {
        String token = customers.signIn(person);
        TOKENS_HANDED_OUT.add(token);
        return token;
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
}
