package com.fooddelivery.customer.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * One valid request for each operation that takes text, with the string fields a generator may
 * break: the bad-input test changes one thing in an otherwise acceptable request, so the refusal it
 * expects can only be about that one thing.
 */
final class ValidRequests {

    /** Writes every character outside ASCII as an escape, so that even a lone surrogate survives as sent. */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /**
     * A valid request.
     *
     * @param method     the HTTP method
     * @param path       the path, ids filled in
     * @param credential as the bad-input test takes it: a bearer stand-in or a service key
     * @param body       the JSON body
     * @param fields     its string fields, as the API names them in errors ({@code card.holder})
     * @param lenient    fields whose broken value may also answer 401 or 429: a sign-in's password is
     *                   only compared, never stored, so a wrong one is just a wrong password
     */
    record Request(
            String method, String path, String credential, String body, List<String> fields, Set<String> lenient) {

        String operation() {
            return method + " " + path;
        }

        /** The body with {@code field} set to {@code text}, written with every non-ASCII character escaped. */
        byte[] with(String field, java.util.function.UnaryOperator<String> change) {
            ObjectNode tree = (ObjectNode) tree();
            ObjectNode parent = tree;
            String[] steps = field.split("\\.");
            for (int i = 0; i < steps.length - 1; i++) {
                parent = (ObjectNode) parent.get(steps[i]);
            }
            String name = steps[steps.length - 1];
            parent.put(name, change.apply(parent.get(name).asText()));
            return write(tree);
        }

        /** The body with the field given a second time, after the first, with another value. */
        byte[] twice(String field) {
            String json = body;
            String[] steps = field.split("\\.");
            String name = "\"" + steps[steps.length - 1] + "\":";
            int at = json.indexOf(name);
            return (json.substring(0, at) + name + "\"second\"," + json.substring(at)).getBytes(StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }

        private JsonNode tree() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException broken) {
                throw new UncheckedIOException(broken);
            }
        }
    }

    private ValidRequests() {}

    /**
     * Every operation's valid request.
     *
     * @param item     a menu item on the menu
     * @param category its category
     * @param order    an unpaid CARD order of the customer standing in as {@code anna}
     * @param anna     that customer's credential stand-in
     * @param service  a service key
     * @return the requests
     */
    static List<Request> all(int item, int category, String order, String anna, String service) {
        Set<String> none = Set.of();
        return List.of(
                new Request(
                        "POST",
                        "/api/v1/customers",
                        "",
                        "{\"login\":\"newbie\",\"email\":\"newbie@example.org\","
                                + "\"phoneNumber\":\"+4917899999999\",\"password\":\"correct horse battery\"}",
                        List.of("login", "email", "phoneNumber", "password"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/sessions",
                        "",
                        "{\"login\":\"fuzzy\",\"password\":\"wrong on purpose\"}",
                        List.of("login"),
                        none),
                // Someone nobody is: a broken password must not count against a real customer's sign-ins.
                new Request(
                        "POST",
                        "/api/v1/sessions",
                        "",
                        "{\"login\":\"nobody-at-all\",\"password\":\"secret words\"}",
                        List.of("password"),
                        Set.of("password")),
                new Request(
                        "PATCH",
                        "/api/v1/customers/me",
                        anna,
                        "{\"email\":\"fuzzy2@example.org\","
                                + "\"phoneNumber\":\"+4917812345670\",\"deliveryAddress\":\"Fuzz street 2\"}",
                        List.of("email", "phoneNumber", "deliveryAddress"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/customers/me/password",
                        anna,
                        "{\"currentPassword\":\"correct horse battery\","
                                + "\"newPassword\":\"another horse battery\"}",
                        List.of("newPassword"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/orders",
                        anna,
                        "{\"items\":[{\"menuItemId\":" + item + ",\"quantity\":1}],"
                                + "\"deliveryAddress\":\"Fuzz street 1\",\"paymentMethod\":\"CASH_ON_DELIVERY\","
                                + "\"comment\":\"ring twice\"}",
                        List.of("deliveryAddress", "paymentMethod", "comment"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/orders/" + order + "/payments",
                        anna,
                        "{\"card\":{\"number\":"
                                + "\"4242424242424242\",\"expMonth\":12,\"expYear\":2030,\"cvc\":\"123\",\"holder\":\"Anna Fuzz\"}}",
                        List.of("card.number", "card.cvc", "card.holder"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/orders/" + order + "/payments",
                        anna,
                        "{\"token\":\"tok_visa\"}",
                        List.of("token"),
                        none),
                // A linked card's CVC is checked before the card is looked up, so any id makes the request.
                new Request(
                        "POST",
                        "/api/v1/orders/" + order + "/payments",
                        anna,
                        "{\"savedCardId\":1,\"cvc\":\"123\"}",
                        List.of("cvc"),
                        none),
                // Not delivered, so a valid rating would be a 409: every broken field is refused before that.
                new Request(
                        "PUT",
                        "/api/v1/orders/" + order + "/rating",
                        anna,
                        "{\"food\":4,\"delivery\":5,\"comment\":\"warm and quick\"}",
                        List.of("comment"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/ops/orders/" + order + "/events",
                        service,
                        "{\"type\":\"PAYMENT_COLLECTED\",\"terminalReference\":\"T-1\"}",
                        List.of("type", "terminalReference"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/ops/orders/" + order + "/events",
                        service,
                        "{\"type\":\"COOKING_STARTED\",\"at\":\"2026-11-25T12:00:00Z\"}",
                        List.of("at"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/ops/categories",
                        service,
                        "{\"name\":\"Fuzz 2\",\"description\":\"fuzzy\"}",
                        List.of("name", "description"),
                        none),
                new Request(
                        "PUT",
                        "/api/v1/ops/categories/" + category,
                        service,
                        "{\"name\":\"Fuzz\",\"description\":\"fuzzy\"}",
                        List.of("name", "description"),
                        none),
                new Request(
                        "POST",
                        "/api/v1/ops/menu-items",
                        service,
                        "{\"categoryId\":" + category
                                + ",\"name\":\"Fuzz 2\",\"description\":\"fuzzy\",\"price\":1.00}",
                        List.of("name", "description"),
                        none),
                new Request(
                        "PUT",
                        "/api/v1/ops/menu-items/" + item,
                        service,
                        "{\"categoryId\":" + category
                                + ",\"name\":\"Fuzz soup\",\"description\":\"fuzzy\",\"price\":3.30,\"available\":true}",
                        List.of("name", "description"),
                        none));
    }

    private static byte[] write(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
