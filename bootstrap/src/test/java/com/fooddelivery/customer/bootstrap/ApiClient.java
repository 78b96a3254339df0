package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.ContractClient;
import com.fooddelivery.customer.adapter.http.KitchenMenuCalls;
import java.net.http.HttpResponse;

/**
 * Talks to a running service over a real socket, the way the customer app does, and holds every
 * exchange to the API contract ({@link ContractClient}); adds the steps that many end-to-end stories
 * start with (the customer's own steps are the shared {@code CustomerCalls}).
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
        KitchenMenuCalls kitchen = new KitchenMenuCalls(this, serviceKey);
        return kitchen.addItem(kitchen.addCategory(category), item, price);
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
}
