package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.adapter.http.ContractClient.json;
import static com.fooddelivery.customer.adapter.http.ContractClient.text;
import static com.fooddelivery.customer.adapter.http.CustomerCalls.PASSWORD;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls.Person;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts and the token check over HTTP, over the domain's fakes: the answers of sign-up, sign-in and
 * sign-out, the bearer check, sessions, settings and password changes, with their problems and headers.
 * What PostgreSQL adds (unique logins, the production hash, sessions ended in the database, no secret in
 * any row) is bootstrap's {@code AccountsApiTest}.
 */
class AccountRoutesTest {

    private static RouteServer server;
    private static ContractClient api;
    private static CustomerCalls customers;

    @BeforeAll
    static void start() {
        server = new CoreOverFakes(Duration.ZERO).serve(ServiceKeys.none(), 1024 * 1024);
        api = server.client();
        customers = new CustomerCalls(api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void signUpReturnsTheNewCustomerWithoutAnySecret() {
        HttpResponse<byte[]> response = customers.signUp("Anna.K", "Anna.K@Example.org", "+49 151 555 0001");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/customers/me");
        JsonNode customer = json(response);
        assertThat(UUID.fromString(customer.get("uid").asText())).isNotNull();
        assertThat(customer.get("login").asText()).isEqualTo("Anna.K");
        assertThat(customer.get("email").asText()).isEqualTo("anna.k@example.org");
        assertThat(customer.get("phoneNumber").asText()).isEqualTo("+491515550001");
        assertThat(text(response)).doesNotContain(PASSWORD).doesNotContain("argon2");
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
        assertThat(text(api.json("POST", "/api/v1/customers", "{\"password\": \"" + PASSWORD + "\"")))
                .doesNotContain(PASSWORD);
        HttpResponse<byte[]> notJson = api.send(HttpRequest.newBuilder(api.uri("/api/v1/sessions"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("login=anna"))
                .build());
        assertProblem(notJson, 415);
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() {
        Person dora = customers.newPerson();

        HttpResponse<byte[]> wrongPassword = customers.signIn(dora.login(), "not the password");
        HttpResponse<byte[]> unknownLogin = customers.signIn("nobody-" + dora.login(), PASSWORD);

        assertProblem(wrongPassword, 401);
        assertProblem(unknownLogin, 401);
        assertThat(wrongPassword.body()).isEqualTo(unknownLogin.body());
        assertThat(wrongPassword.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void customerRoutesNeedAValidBearerToken() {
        Person fred = customers.newPerson();
        String token = customers.signIn(fred);

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
    void signOutKillsTheTokenAtOnce() {
        Person hugo = customers.newPerson();
        String token = customers.signIn(hugo);

        assertThat(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);

        assertProblem(customers.get(token, "/api/v1/customers/me"), 401);
        assertProblem(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token), 401);
    }

    @Test
    void devicesAreListedAndCanBeEndedOneByOne() {
        Person jan = customers.newPerson();
        String phone = customers.signIn(jan);
        String laptop = customers.signIn(jan);

        JsonNode sessions = json(customers.get(laptop, "/api/v1/sessions")).get("sessions");
        assertThat(sessions.size()).isEqualTo(2);
        assertThat(sessions.get(0).get("current").asBoolean()).isTrue();
        assertThat(sessions.get(0).get("userAgent").asText()).isNotBlank();
        int phoneSession = sessions.get(1).get("id").asInt();

        assertThat(api.call("DELETE", "/api/v1/sessions/" + phoneSession, "Authorization", "Bearer " + laptop)
                        .statusCode())
                .isEqualTo(204);
        assertProblem(customers.get(phone, "/api/v1/customers/me"), 401);
        assertThat(customers.get(laptop, "/api/v1/customers/me").statusCode()).isEqualTo(200);

        Person kim = customers.newPerson();
        String kims = customers.signIn(kim);
        int kimsSession = json(customers.get(kims, "/api/v1/sessions"))
                .get("sessions")
                .get(0)
                .get("id")
                .asInt();
        assertProblem(api.call("DELETE", "/api/v1/sessions/" + kimsSession, "Authorization", "Bearer " + laptop), 404);
        assertThat(customers.get(kims, "/api/v1/customers/me").statusCode()).isEqualTo(200);
        assertProblem(api.call("DELETE", "/api/v1/sessions/abc", "Authorization", "Bearer " + laptop), 400);
    }

    @Test
    void settingsChangePartiallyAndNullClears() {
        Person lena = customers.newPerson();
        String token = customers.signIn(lena);

        HttpResponse<byte[]> changed = api.json(
                "PATCH",
                "/api/v1/customers/me",
                "{\"deliveryAddress\":\"Main street 1, Berlin\",\"preferredPaymentMethod\":\"CARD\"}",
                "Authorization",
                "Bearer " + token);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("deliveryAddress").asText()).isEqualTo("Main street 1, Berlin");
        assertThat(json(changed).get("email").asText()).isEqualTo(lena.email());

        JsonNode cleared = json(api.json(
                "PATCH", "/api/v1/customers/me", "{\"deliveryAddress\":null}", "Authorization", "Bearer " + token));
        assertThat(cleared.get("deliveryAddress").isNull()).isTrue();
        assertThat(cleared.get("preferredPaymentMethod").asText()).isEqualTo("CARD");
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        Person nora = customers.newPerson();
        String phone = customers.signIn(nora);
        String laptop = customers.signIn(nora);

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

        assertProblem(customers.get(phone, "/api/v1/customers/me"), 401);
        assertThat(customers.get(laptop, "/api/v1/customers/me").statusCode()).isEqualTo(200);
        assertThat(customers.signIn(nora.login(), "a brand new secret").statusCode())
                .isEqualTo(201);
        assertProblem(customers.signIn(nora.login(), PASSWORD), 401);
    }

    // ----------------------------------------------------------------------------------------------

}
