package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linked-card routes over HTTP against the sandbox processor and PostgreSQL: link, list, change,
 * remove, the limit of ten, and another customer's card. Every exchange is checked against the contract.
 */
class LinkedCardsApiTest {

    private static final String CARDS = "/api/v1/customers/me/cards";

    private static DatabaseSettings database;
    private static CustomerBackend backend;
    private static ApiClient api;
    private static CustomerCalls customers;

    @BeforeAll
    static void start() {
        database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database);
        api = new ApiClient(backend.port());
        customers = new CustomerCalls(api);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static HttpResponse<byte[]> link(String token, String body) {
        return api.json("POST", CARDS, body, "Authorization", "Bearer " + token);
    }

    @Test
    void aLinkedCardIsListedChangedAndRemoved() {
        String anna = customers.newCustomer();
        HttpResponse<byte[]> first = link(anna, """
                {"card": {"number": "5555 5555 5555 4444", "expMonth": 3, "expYear": 2031, "cvc": "123",
                 "holder": "Anna"}, "label": " Private "}""");
        assertThat(first.statusCode()).as(ApiClient.text(first)).isEqualTo(201);
        JsonNode card = json(first);
        assertThat(card.get("brand").asText()).isEqualTo("MASTERCARD");
        assertThat(card.get("last4").asText()).isEqualTo("4444");
        assertThat(card.get("expMonth").asInt()).isEqualTo(3);
        assertThat(card.get("label").asText()).isEqualTo("Private");
        assertThat(card.get("default").asBoolean())
                .as("the first card is the default")
                .isTrue();
        assertThat(first.headers().firstValue("Location"))
                .contains(CARDS + "/" + card.get("id").asInt());
        int second = json(link(anna, "{\"token\":\"tok_visa\"}")).get("id").asInt();

        HttpResponse<byte[]> changed = api.json(
                "PATCH",
                CARDS + "/" + second,
                "{\"default\":true,\"label\":\"Work\"}",
                "Authorization",
                "Bearer " + anna);
        assertThat(changed.statusCode()).as(ApiClient.text(changed)).isEqualTo(200);
        JsonNode listed =
                json(api.call("GET", CARDS, "Authorization", "Bearer " + anna)).get("cards");
        assertThat(listed).extracting(node -> node.get("default").asBoolean()).containsExactly(false, true);
        assertThat(listed.get(1).get("label").asText()).isEqualTo("Work");

        assertThat(api.call("DELETE", CARDS + "/" + second, "Authorization", "Bearer " + anna)
                        .statusCode())
                .isEqualTo(204);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + anna))
                        .get("cards"))
                .hasSize(1);
        assertThat(api.call("DELETE", CARDS + "/" + second, "Authorization", "Bearer " + anna)
                        .statusCode())
                .as("already removed")
                .isEqualTo(404);
    }

    @Test
    void theEleventhCardIsAConflictAndAnotherCustomersCardIsNotThere() {
        String bob = customers.newCustomer();
        for (int i = 0; i < 10; i++) {
            assertThat(link(bob, "{\"token\":\"tok_visa\"}").statusCode()).isEqualTo(201);
        }
        HttpResponse<byte[]> eleventh = link(bob, "{\"token\":\"tok_mastercard\"}");
        assertThat(eleventh.statusCode()).as(ApiClient.text(eleventh)).isEqualTo(409);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + bob))
                        .get("cards"))
                .hasSize(10);

        int bobs = json(api.call("GET", CARDS, "Authorization", "Bearer " + bob))
                .get("cards")
                .get(0)
                .get("id")
                .asInt();
        String eve = customers.newCustomer();
        assertThat(api.json("PATCH", CARDS + "/" + bobs, "{\"label\":\"mine\"}", "Authorization", "Bearer " + eve)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.call("DELETE", CARDS + "/" + bobs, "Authorization", "Bearer " + eve)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusedCardsAndBadChangesAreProblems() {
        String carol = customers.newCustomer();
        assertThat(link(carol, "{\"token\":\"tok_chargeDeclined\"}").statusCode())
                .isEqualTo(400);
        assertThat(link(carol, "{\"token\":\"tok_authenticationRequired\"}").statusCode())
                .isEqualTo(400);
        assertThat(link(carol, "{}").statusCode()).isEqualTo(400);
        int id = json(link(carol, "{\"token\":\"tok_visa\"}")).get("id").asInt();
        assertThat(api.json("PATCH", CARDS + "/" + id, "{\"default\":false}", "Authorization", "Bearer " + carol)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.json("PATCH", CARDS + "/" + id, "{\"brand\":\"AMEX\"}", "Authorization", "Bearer " + carol)
                        .statusCode())
                .isEqualTo(400);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + carol))
                        .get("cards"))
                .hasSize(1);
    }

    @Test
    void theProfileNamesAndMovesTheDefaultCardAsTheCardRouteDoes() {
        String dana = customers.newCustomer();
        assertThat(json(api.call("GET", "/api/v1/customers/me", "Authorization", "Bearer " + dana))
                        .get("defaultCardId")
                        .isNull())
                .as("no card, no default")
                .isTrue();
        int first = json(link(dana, "{\"token\":\"tok_visa\"}")).get("id").asInt();
        int second =
                json(link(dana, "{\"token\":\"tok_mastercard\"}")).get("id").asInt();
        assertThat(json(api.call("GET", "/api/v1/customers/me", "Authorization", "Bearer " + dana))
                        .get("defaultCardId")
                        .asInt())
                .isEqualTo(first);

        HttpResponse<byte[]> changed =
                api.json("PATCH", "/api/v1/customers/me", """
                {"preferredPaymentMethod": "CARD", "defaultCardId": %s}""".formatted(second), "Authorization", "Bearer " + dana);

        assertThat(changed.statusCode()).as(ApiClient.text(changed)).isEqualTo(200);
        assertThat(json(changed).get("defaultCardId").asInt()).isEqualTo(second);
        assertThat(json(changed).get("preferredPaymentMethod").asText()).isEqualTo("CARD");
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + dana))
                        .get("cards"))
                .extracting(node -> node.get("default").asBoolean())
                .containsExactly(false, true);
        assertThat(api.json("PATCH", CARDS + "/" + first, "{\"default\":true}", "Authorization", "Bearer " + dana)
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(api.call("GET", "/api/v1/customers/me", "Authorization", "Bearer " + dana))
                        .get("defaultCardId")
                        .asInt())
                .as("the card route moves the same default")
                .isEqualTo(first);
    }

    @Test
    void anotherCustomersCardOrNoCardCannotBecomeTheDefaultAndNothingChanges() {
        String erin = customers.newCustomer();
        int hers = json(link(erin, "{\"token\":\"tok_visa\"}")).get("id").asInt();
        String frank = customers.newCustomer();
        int his = json(link(frank, "{\"token\":\"tok_visa\"}")).get("id").asInt();

        HttpResponse<byte[]> stolen =
                api.json("PATCH", "/api/v1/customers/me", """
                {"deliveryAddress": "Elsewhere 1", "defaultCardId": %s}""".formatted(his), "Authorization", "Bearer " + erin);
        assertThat(stolen.statusCode()).as(ApiClient.text(stolen)).isEqualTo(404);
        JsonNode profile = json(api.call("GET", "/api/v1/customers/me", "Authorization", "Bearer " + erin));
        assertThat(profile.get("deliveryAddress").isNull())
                .as("nothing changed")
                .isTrue();
        assertThat(profile.get("defaultCardId").asInt()).isEqualTo(hers);
        assertThat(api.json(
                                "PATCH",
                                "/api/v1/customers/me",
                                "{\"defaultCardId\":null}",
                                "Authorization",
                                "Bearer " + erin)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.json(
                                "PATCH",
                                "/api/v1/customers/me",
                                "{\"defaultCardId\":\"1\"}",
                                "Authorization",
                                "Bearer " + erin)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.json("PATCH", "/api/v1/customers/me", "{\"defaultCardId\":0}", "Authorization", "Bearer " + erin)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void signingOutOfTheLastSessionKeepsTheCardsKnownAndADeletedAccountCannotLeaveThemBehind() throws Exception {
        String login = customers.newPerson().login();
        String gina = customers.token(login);
        int card = json(link(gina, "{\"token\":\"tok_visa\"}")).get("id").asInt();

        assertThat(api.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + gina)
                        .statusCode())
                .isEqualTo(204);
        String again = customers.token(login);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + again))
                        .get("cards"))
                .extracting(node -> node.get("id").asInt())
                .as("the cards belong to the account, not to a session")
                .containsExactly(card);

        // Removed by hand, the account would take its cards' rows along and leave the cards attached at the
        // processor: the database refuses until the cards are unlinked (and so detached) first.
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("delete from delivery_customer_c where login = '" + login + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("delivery_card_c_customer_fk");
            assertThat(api.call("DELETE", CARDS + "/" + card, "Authorization", "Bearer " + again)
                            .statusCode())
                    .isEqualTo(204);
            assertThat(sql.executeUpdate("delete from delivery_customer_c where login = '" + login + "'"))
                    .isEqualTo(1);
        }
    }
}
