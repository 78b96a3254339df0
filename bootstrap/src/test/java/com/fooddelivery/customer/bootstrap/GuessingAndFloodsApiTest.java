package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.PASSWORD;
import static com.fooddelivery.customer.adapter.http.Problems.assertProblem;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password guessing and floods over HTTP, on the real service and PostgreSQL: the sign-in throttle
 * cannot be raced, a known device gets in while strangers are locked out, the current-password check
 * is throttled too, and each client's sign-ups, sign-ins, profile changes and callbacks are limited.
 */
class GuessingAndFloodsApiTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static DatabaseSettings database;
    /** Generous per-client limits, for the account throttle. */
    private static CustomerBackend generous;

    private static ApiClient api;
    private static CustomerCalls customers;
    /** Low per-client limits behind a trusted proxy: each test is a client of its own by X-Forwarded-For. */
    private static CustomerBackend limited;

    private static ApiClient limitedApi;
    /** The same low limits without a trusted proxy. */
    private static CustomerBackend untrusting;

    private static ApiClient untrustingApi;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        generous = TestBackends.start(database);
        api = new ApiClient(generous.port());
        customers = new CustomerCalls(api);
        String[] lowLimits = {
            "RATE_LIMIT_ACCOUNT_CHANGES", "4", "RATE_LIMIT_SIGN_IN", "3", "RATE_LIMIT_PAYMENT_CALLBACKS", "2"
        };
        limited = TestBackends.start(database, concat(lowLimits, "TRUSTED_PROXIES", "127.0.0.1, ::1"));
        limitedApi = new ApiClient(limited.port());
        untrusting = TestBackends.start(database, lowLimits);
        untrustingApi = new ApiClient(untrusting.port());
    }

    @AfterAll
    static void stop() {
        generous.close();
        limited.close();
        untrusting.close();
    }

    @Test
    void fortyParallelWrongPasswordsVerifyNoMoreThanTheFreeFailures() throws Exception {
        String login = customers.newPerson().login();

        List<Integer> statuses = inParallel(
                40, i -> signIn(api, login, "guess number " + i, null).statusCode());

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).isEqualTo(5);
    }

    @Test
    void aDeviceThatSignedInBeforeStillGetsInWhileStrangersAreLockedOut() {
        String login = customers.newPerson().login();
        String phone = deviceTokenOf(signIn(api, login, PASSWORD, null));
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(api, login, "stranger's guess " + i, null), 401);
        }

        assertProblem(signIn(api, login, PASSWORD, null), 429);
        HttpResponse<byte[]> fromThePhone = signIn(api, login, PASSWORD, phone);
        assertThat(fromThePhone.statusCode()).isEqualTo(201);
        assertThat(deviceTokenOf(fromThePhone)).isNotEqualTo(phone);
    }

    @Test
    void aDeviceIsThrottledOnItsOwnAndAForgedTokenCountsAsAStranger() {
        String login = customers.newPerson().login();
        String phone = deviceTokenOf(signIn(api, login, PASSWORD, null));
        String laptop = deviceTokenOf(signIn(api, login, PASSWORD, null));
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(api, login, "thief's guess " + i, laptop), 401);
        }

        assertProblem(signIn(api, login, PASSWORD, laptop), 429);
        assertThat(signIn(api, login, PASSWORD, phone).statusCode()).isEqualTo(201);
        String forged = laptop.substring(0, laptop.length() - 3) + (laptop.endsWith("AAA") ? "BBB" : "AAA");
        for (int i = 0; i < 5; i++) {
            assertProblem(signIn(api, login, "guess with a forged token " + i, forged), 401);
        }
        assertProblem(signIn(api, login, PASSWORD, forged), 429);
        assertProblem(signIn(api, login, PASSWORD, null), 429);
        assertThat(signIn(api, login, PASSWORD, phone).statusCode()).isEqualTo(201);
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedSignInsAndTheFifthEndsTheSession() {
        String login = customers.newPerson().login();
        String token = json(signIn(api, login, PASSWORD, null)).get("token").asText();
        for (int i = 0; i < 4; i++) {
            assertProblem(changePassword(token, "guess " + i), 400);
        }

        assertProblem(changePassword(token, "guess 4"), 401);
        assertProblem(api.get("/api/v1/customers/me", "Authorization", "Bearer " + token), 401);
        assertProblem(signIn(api, login, PASSWORD, null), 429);
    }

    @Test
    void signUpsAndProfileChangesShareOneAllowanceAndAnswerTakenOnlyWithinIt() {
        String client = newClient();
        String taken = "taken" + CLIENTS.get();
        assertThat(signUp(limitedApi, taken, client).statusCode()).isEqualTo(201);
        assertProblem(signUp(limitedApi, taken, client), 409);
        String token = json(signIn(limitedApi, taken, PASSWORD, null, "X-Forwarded-For", client))
                .get("token")
                .asText();
        assertProblem(changeEmail(token, "person1@example.org", client), 409);
        assertProblem(signUp(limitedApi, taken, client), 409);

        HttpResponse<byte[]> refused = signUp(limitedApi, "another" + CLIENTS.get(), client);
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 3600L);
        assertProblem(changeEmail(token, "person1@example.org", client), 429);
        assertThat(DatabaseDump.count(database, "delivery_customer_c where login = 'another" + CLIENTS.get() + "'"))
                .isZero();
        assertThat(signUp(limitedApi, "another" + CLIENTS.get(), newClient()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void eachClientHasAFewSignInsAMinuteWhateverTheAccount() {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            assertProblem(signIn(limitedApi, "nobody" + i, PASSWORD, null, "X-Forwarded-For", client), 401);
        }

        HttpResponse<byte[]> refused =
                signIn(limitedApi, customers.newPerson().login(), PASSWORD, null, "X-Forwarded-For", client);
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(json(refused).get("detail").asText()).contains("from this client");
    }

    @Test
    void paymentCallbacksArePerClientLimitedToo() {
        String client = newClient();
        for (int i = 0; i < 2; i++) {
            assertThat(callback(client).statusCode()).isNotEqualTo(429);
        }

        assertProblem(callback(client), 429);
        assertThat(callback(newClient()).statusCode()).isNotEqualTo(429);
    }

    @Test
    void forwardedForNamesTheClientOnlyWhenAProxyWeTrustSentIt() {
        // The untrusting instance counts by the connection's address, whatever the header claims.
        for (int i = 0; i < 3; i++) {
            assertProblem(
                    signIn(untrustingApi, "nobody-" + CLIENTS.get(), PASSWORD, null, "X-Forwarded-For", newClient()),
                    401);
        }
        assertProblem(
                signIn(untrustingApi, "nobody-" + CLIENTS.get(), PASSWORD, null, "X-Forwarded-For", newClient()), 429);

        // Behind a trusted proxy, the nearest untrusted hop is the client, whatever it put in front of it.
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            assertProblem(
                    signIn(
                            limitedApi,
                            "nobody-" + CLIENTS.get(),
                            PASSWORD,
                            null,
                            "X-Forwarded-For",
                            newClient() + ", " + client),
                    401);
        }
        assertProblem(
                signIn(limitedApi, "nobody-" + CLIENTS.get(), PASSWORD, null, "X-Forwarded-For", "10.9.9.9, " + client),
                429);
    }

    // ----------------------------------------------------------------------------------------------

    private interface Attempt {
        int status(int index) throws Exception;
    }

    private static List<Integer> inParallel(int count, Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(threads.submit(() -> attempt.status(index)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A documentation address (RFC 5737) no other test uses, so its allowances start full. */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static HttpResponse<byte[]> signUp(ApiClient client, String login, String forwardedFor) {
        int n = Math.abs(login.hashCode() % 100_000);
        return client.json(
                "POST", "/api/v1/customers", """
                {"login": "%s", "email": "%s@example.org", "phoneNumber": "+4917200%05d",
                 "password": "%s"}""".formatted(login, login, n, PASSWORD), "X-Forwarded-For", forwardedFor);
    }

    private static HttpResponse<byte[]> signIn(
            ApiClient client, String login, String password, String deviceToken, String... headers) {
        String body = """
                {"login": "%s", "password": "%s"}""".formatted(login, password);
        if (deviceToken != null) {
            body = """
                    {"login": "%s", "password": "%s", "deviceToken": "%s"}""".formatted(login, password, deviceToken);
        }
        return client.json("POST", "/api/v1/sessions", body, headers);
    }

    private static String deviceTokenOf(HttpResponse<byte[]> signedIn) {
        assertThat(signedIn.statusCode()).as(ApiClient.text(signedIn)).isEqualTo(201);
        return json(signedIn).get("deviceToken").asText();
    }

    private static HttpResponse<byte[]> changePassword(String token, String current) {
        return api.json(
                "POST", "/api/v1/customers/me/password", """
                {"currentPassword": "%s", "newPassword": "a brand new secret"}""".formatted(current), "Authorization", "Bearer " + token);
    }

    private static HttpResponse<byte[]> changeEmail(String token, String email, String forwardedFor) {
        return limitedApi.json(
                "PATCH",
                "/api/v1/customers/me",
                """
                {"email": "%s"}""".formatted(email),
                "Authorization",
                "Bearer " + token,
                "X-Forwarded-For",
                forwardedFor);
    }

    private static HttpResponse<byte[]> callback(String forwardedFor) {
        return limitedApi.json(
                "POST",
                "/api/v1/payments/callbacks/bank",
                "{\"reference\":\"nothing\"}",
                "X-Forwarded-For",
                forwardedFor);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
