package com.fooddelivery.customer.bootstrap;

import static com.fooddelivery.customer.adapter.http.CustomerCalls.orderBody;
import static com.fooddelivery.customer.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fooddelivery.customer.adapter.http.CustomerCalls;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The calls the event tests make over and over, each checked for its status: customers and their orders
 * on one instance (through the shared {@link CustomerCalls}), the kitchen's reports and the event feed on
 * the same or another.
 *
 * @param api        the instance customers call
 * @param kitchen    the instance the kitchen and the feed readers call
 * @param serviceKey the kitchen's key
 * @param item       a menu item to order
 */
record EventStoryCalls(ApiClient api, ApiClient kitchen, String serviceKey, int item) {

    /** A new customer, signed in; returns the bearer token. */
    String customer() {
        return new CustomerCalls(api)
                .signedIn("c" + UUID.randomUUID().toString().substring(0, 8), phone());
    }

    static String phone() {
        return "+49151" + (int) (Math.random() * 9_000_000 + 1_000_000);
    }

    /** Places two of the item; returns the order's uid. */
    String place(String token, String method) {
        return new CustomerCalls(api).placed(token, orderBody(item, 2, method, "Main street 1", "ring twice"));
    }

    void pay(String token, String uid, String number, String cvc, int status) {
        HttpResponse<byte[]> response = api.json(
                "POST",
                "/api/v1/orders/" + uid + "/payments",
                """
                {"card": {"number": "%s", "expMonth": 12, "expYear": 2030, "cvc": "%s", "holder": "Eve Smith"}}""".formatted(number, cvc),
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
    }

    /** The kitchen's or courier's report on the order. */
    void report(String uid, String body) {
        HttpResponse<byte[]> response =
                kitchen.json("POST", "/api/v1/ops/orders/" + uid + "/events", body, "X-Service-Key", serviceKey);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(200);
    }

    void bearer(String method, String path, String token, String body, int status) {
        HttpResponse<byte[]> response = body == null
                ? api.call(method, path, "Authorization", "Bearer " + token)
                : api.json(method, path, body, "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(status);
    }

    /**
     * Every kind of change of linked cards: links a card by its number and a second by token, makes the
     * second the default through the profile, and unlinks the first.
     */
    void cardChanges(String token, String number, String cvc) {
        int first = linkCard(token, """
                {"card": {"number": "%s", "expMonth": 12, "expYear": 2030, "cvc": "%s", "holder": "Anna Smith"}}""".formatted(number, cvc));
        int second = linkCard(token, "{\"token\":\"tok_mastercard\"}");
        bearer("PATCH", "/api/v1/customers/me", token, """
                {"defaultCardId": %s}""".formatted(second), 200);
        bearer("DELETE", "/api/v1/customers/me/cards/" + first, token, null, 204);
    }

    private int linkCard(String token, String body) {
        HttpResponse<byte[]> response =
                api.json("POST", "/api/v1/customers/me/cards", body, "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).as(ApiClient.text(response)).isEqualTo(201);
        return json(response).get("id").asInt();
    }

    /** Every event after a position (up to a thousand). */
    List<JsonNode> events(long after) {
        List<JsonNode> events = new ArrayList<>();
        json(api.get("/api/v1/ops/events?limit=1000&after=" + after, "X-Service-Key", serviceKey))
                .get("events")
                .forEach(events::add);
        return events;
    }

    /** The position of the newest event, 0 when there is none. */
    long end() {
        long last = 0;
        for (List<JsonNode> more = events(0); !more.isEmpty(); more = events(last)) {
            last = more.get(more.size() - 1).get("position").asLong();
        }
        return last;
    }
}
