package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linked-card routes over HTTP against the sandbox processor and PostgreSQL: link, list, change,
 * remove, the limit of ten, and another customer's card. Every exchange is checked against the contract.
 */
class LinkedCardsApiTest {

    private static final String CARDS = "/api/v1/customers/me/cards";

    private static CustomerBackend backend;
    private static ApiClient api;
    private static int people;

    @BeforeAll
    static void start() {
        DatabaseSettings database = TestPostgres.freshDatabase();
        backend = TestBackends.start(database);
        api = new ApiClient(backend.port());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static String newCustomer() {
        int n = ++people;
        return api.signedInCustomer("holder" + n, "+4916200" + String.format("%05d", n), "correct horse battery");
    }

    private static HttpResponse<byte[]> link(String token, String body) {
        return api.json("POST", CARDS, body, "Authorization", "Bearer " + token);
    }

    @Test
    void aLinkedCardIsListedChangedAndRemoved() {
        String anna = newCustomer();
        HttpResponse<byte[]> first = link(anna, "{\"card\":{\"number\":\"5555 5555 5555 4444\",\"expMonth\":3,"
                + "\"expYear\":2031,\"cvc\":\"123\",\"holder\":\"Anna\"},\"label\":\" Private \"}");
        assertThat(first.statusCode()).as(ApiClient.text(first)).isEqualTo(201);
        JsonNode card = json(first);
        assertThat(card.get("brand").asText()).isEqualTo("MASTERCARD");
        assertThat(card.get("last4").asText()).isEqualTo("4444");
        assertThat(card.get("expMonth").asInt()).isEqualTo(3);
        assertThat(card.get("label").asText()).isEqualTo("Private");
        assertThat(card.get("default").asBoolean()).as("the first card is the default").isTrue();
        assertThat(first.headers().firstValue("Location")).contains(CARDS + "/" + card.get("id").asInt());
        int second = json(link(anna, "{\"token\":\"tok_visa\"}")).get("id").asInt();

        HttpResponse<byte[]> changed = api.json("PATCH", CARDS + "/" + second, "{\"default\":true,\"label\":\"Work\"}",
                "Authorization", "Bearer " + anna);
        assertThat(changed.statusCode()).as(ApiClient.text(changed)).isEqualTo(200);
        JsonNode listed = json(api.call("GET", CARDS, "Authorization", "Bearer " + anna)).get("cards");
        assertThat(listed).extracting(node -> node.get("default").asBoolean()).containsExactly(false, true);
        assertThat(listed.get(1).get("label").asText()).isEqualTo("Work");

        assertThat(api.call("DELETE", CARDS + "/" + second, "Authorization", "Bearer " + anna).statusCode())
                .isEqualTo(204);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + anna)).get("cards")).hasSize(1);
        assertThat(api.call("DELETE", CARDS + "/" + second, "Authorization", "Bearer " + anna).statusCode())
                .as("already removed").isEqualTo(404);
    }

    @Test
    void theEleventhCardIsAConflictAndAnotherCustomersCardIsNotThere() {
        String bob = newCustomer();
        for (int i = 0; i < 10; i++) {
            assertThat(link(bob, "{\"token\":\"tok_visa\"}").statusCode()).isEqualTo(201);
        }
        HttpResponse<byte[]> eleventh = link(bob, "{\"token\":\"tok_mastercard\"}");
        assertThat(eleventh.statusCode()).as(ApiClient.text(eleventh)).isEqualTo(409);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + bob)).get("cards")).hasSize(10);

        int bobs = json(api.call("GET", CARDS, "Authorization", "Bearer " + bob)).get("cards").get(0).get("id").asInt();
        String eve = newCustomer();
        assertThat(api.json("PATCH", CARDS + "/" + bobs, "{\"label\":\"mine\"}", "Authorization", "Bearer " + eve)
                .statusCode()).isEqualTo(404);
        assertThat(api.call("DELETE", CARDS + "/" + bobs, "Authorization", "Bearer " + eve).statusCode()).isEqualTo(404);
    }

    @Test
    void refusedCardsAndBadChangesAreProblems() {
        String carol = newCustomer();
        assertThat(link(carol, "{\"token\":\"tok_chargeDeclined\"}").statusCode()).isEqualTo(400);
        assertThat(link(carol, "{\"token\":\"tok_authenticationRequired\"}").statusCode()).isEqualTo(400);
        assertThat(link(carol, "{}").statusCode()).isEqualTo(400);
        int id = json(link(carol, "{\"token\":\"tok_visa\"}")).get("id").asInt();
        assertThat(api.json("PATCH", CARDS + "/" + id, "{\"default\":false}", "Authorization", "Bearer " + carol)
                .statusCode()).isEqualTo(400);
        assertThat(api.json("PATCH", CARDS + "/" + id, "{\"brand\":\"AMEX\"}", "Authorization", "Bearer " + carol)
                .statusCode()).isEqualTo(400);
        assertThat(json(api.call("GET", CARDS, "Authorization", "Bearer " + carol)).get("cards")).hasSize(1);
    }
}
