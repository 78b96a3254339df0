package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.ContractClient;
import java.net.http.HttpResponse;

/**
 * Talks to a running service over a real socket, the way the customer app does, and holds every
 * exchange to the API contract ({@link ContractClient}); adds the steps that many end-to-end stories
 * start with.
 */
final class ApiClient extends ContractClient {

    ApiClient(int port) {
        super(port);
    }

    /**
     * Puts an item on the menu, in a new category, through the service API: something to order for
     * tests about what comes after the menu.
     *
     * @return the item's id
     */
    int newMenuItem(String serviceKey, String category, String item, String price) {
        int categoryId = json(json(
                        "POST", "/api/v1/ops/categories", """
                {"name": "%s"}""".formatted(category), "X-Service-Key", serviceKey))
                .get("id")
                .asInt();
        return json(json(
                        "POST",
                        "/api/v1/ops/menu-items",
                        """
                {"categoryId": %d, "name": "%s", "price": %s}""".formatted(categoryId, item, price),
                        "X-Service-Key",
                        serviceKey))
                .get("id")
                .asInt();
    }

    /**
     * Moves an order through the kitchen and the courier to DELIVERED, the way they report it: an
     * order to rate or to count in tests about what comes after the delivery.
     *
     * @return the order's uid, for chaining
     */
    String deliver(String serviceKey, String uid) {
        for (String step : new String[] {"COOKING_STARTED", "COOKING_FINISHED", "DELIVERY_STARTED", "DELIVERED"}) {
            HttpResponse<byte[]> moved = json(
                    "POST", "/api/v1/ops/orders/" + uid + "/events", """
                    {"type": "%s"}""".formatted(step), "X-Service-Key", serviceKey);
            if (moved.statusCode() != 200) {
                throw new AssertionError(step + " of " + uid + ": " + text(moved));
            }
        }
        return uid;
    }

    /**
     * Signs a new customer up and in: someone to place and pay orders in tests about those.
     *
     * @return the session's bearer token
     */
    String signedInCustomer(String login, String phoneNumber, String password) {
        HttpResponse<byte[]> signUp =
                json("POST", "/api/v1/customers", """
                {"login": "%s", "email": "%s@example.org", "phoneNumber": "%s", "password": "%s"}""".formatted(login, login, phoneNumber, password));
        if (signUp.statusCode() != 201) {
            throw new IllegalStateException("sign-up refused: " + text(signUp));
        }
        HttpResponse<byte[]> session = json("POST", "/api/v1/sessions", """
                {"login": "%s", "password": "%s"}""".formatted(login, password));
        if (session.statusCode() != 201) {
            throw new IllegalStateException("sign-in refused: " + text(session));
        }
        return json(session).get("token").asText();
    }
}
