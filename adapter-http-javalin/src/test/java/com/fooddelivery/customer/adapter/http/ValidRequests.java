package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One valid request for each example of an operation that takes JSON, from the contract's examples,
 * with the string fields a generator may break: the bad-input test changes one thing in an otherwise
 * acceptable request, so the refusal it expects can only be about that one thing. A new operation
 * needs no edit here, only an example in {@code docs/openapi.yaml} ({@code ValidRequestsTest} fails
 * without one).
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
        byte[] with(String field, UnaryOperator<String> change) {
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

    /**
     * Operations whose example can never make a request that is valid but for one broken field: a
     * provider's callback counts only with the provider's signature over its exact body.
     */
    static final Map<String, String> NOT_DERIVED =
            Map.of("POST /api/v1/payments/callbacks/{provider}", "signed by the provider over its exact body");

    /** String fields left whole: a broken current password is a wrong one, and five end the customer's session. */
    static final Map<String, Set<String>> UNBROKEN =
            Map.of("POST /api/v1/customers/me/password", Set.of("currentPassword"));

    /**
     * Fields whose broken value may also answer 401 or 429: a sign-in's password and device token are only
     * compared, never stored, so a broken one is just a wrong one.
     */
    static final Map<String, Set<String>> LENIENT = Map.of("POST /api/v1/sessions", Set.of("password", "deviceToken"));

    private static final JsonNode DOCUMENT = ApiContract.document();

    private ValidRequests() {}

    /**
     * One request per example of every operation that takes JSON, from {@code docs/openapi.yaml}: ids of
     * the menu and the order are the test's own, and the credential is the one the operation's security asks.
     * An example without a string field is left out, since it has nothing to break.
     *
     * @param item     a menu item on the menu
     * @param category its category
     * @param order    an unpaid CARD order of the customer standing in as {@code anna}
     * @param anna     that customer's credential stand-in
     * @param service  a service key
     */
    static List<Request> all(int item, int category, String order, String anna, String service) {
        List<Request> requests = new ArrayList<>();
        examples().forEach((operation, examples) -> {
            String[] parts = operation.split(" ", 2);
            String path = path(parts[1], item, category, order);
            String credential = credential(operation, anna, service);
            for (JsonNode example : examples) {
                ObjectNode body = example.deepCopy();
                fillIds(body, item, category);
                List<String> fields = new ArrayList<>();
                stringFields(body, "", fields);
                fields.removeAll(UNBROKEN.getOrDefault(operation, Set.of()));
                if (!fields.isEmpty()) {
                    requests.add(new Request(
                            parts[0],
                            path,
                            credential,
                            new String(write(body), StandardCharsets.UTF_8),
                            List.copyOf(fields),
                            LENIENT.getOrDefault(operation, Set.of())));
                }
            }
        });
        return requests;
    }

    /**
     * The {@code application/json} request body examples of every operation but {@link #NOT_DERIVED}'s,
     * as {@code "POST /api/v1/orders"}; an operation without one maps to an empty list.
     */
    static Map<String, List<JsonNode>> examples() {
        Map<String, List<JsonNode>> examples = new TreeMap<>();
        JsonNode document = DOCUMENT;
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    JsonNode media = resolve(document, method.getValue().path("requestBody"))
                            .path("content")
                            .path("application/json");
                    String operation = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    if (media.isMissingNode() || NOT_DERIVED.containsKey(operation)) {
                        return;
                    }
                    List<JsonNode> values = new ArrayList<>();
                    if (media.has("example")) {
                        values.add(media.get("example"));
                    }
                    media.path("examples")
                            .forEach(
                                    named -> values.add(resolve(document, named).path("value")));
                    examples.put(
                            operation,
                            values.stream().filter(JsonNode::isObject).toList());
                }));
        return examples;
    }

    /** The node a {@code $ref} within the document points to, or the node itself. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    /** The test's own ids in the path (an order's uid, a menu item's or category's id), else the contract's example. */
    private static String path(String template, int item, int category, String order) {
        String id = template.contains("/menu-items") ? String.valueOf(item) : String.valueOf(category);
        String path = template.replace("{uid}", order);
        if (template.contains("/menu-items/{id}") || template.contains("/categories/{id}")) {
            path = path.replace("{id}", id);
        }
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path);
        JsonNode document = DOCUMENT;
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            JsonNode declared = document.get("paths").get(template);
            List<JsonNode> parameters = new ArrayList<>();
            declared.path("parameters").forEach(parameters::add);
            declared.forEach(operation -> operation.path("parameters").forEach(parameters::add));
            String example = parameters.stream()
                    .map(each -> resolve(document, each))
                    .filter(each -> each.path("name").asText().equals(name) && each.has("example"))
                    .map(each -> each.get("example").asText())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(template + " has no example for {" + name + "}"));
            parameter.appendReplacement(filled, Matcher.quoteReplacement(example));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    /** The menu's ids a body names are the ones the test created, not the contract's. */
    private static void fillIds(JsonNode node, int item, int category) {
        if (node instanceof ObjectNode object) {
            if (object.has("menuItemId")) {
                object.put("menuItemId", item);
            }
            if (object.has("categoryId")) {
                object.put("categoryId", category);
            }
        }
        node.forEach(child -> fillIds(child, item, category));
    }

    private static void stringFields(JsonNode node, String prefix, List<String> fields) {
        node.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                fields.add(prefix + field.getKey());
            } else if (field.getValue().isObject()) {
                stringFields(field.getValue(), prefix + field.getKey() + ".", fields);
            }
        });
    }

    private static String credential(String operation, String anna, String service) {
        String[] parts = operation.split(" ", 2);
        JsonNode security = DOCUMENT.at("/paths/" + parts[1].replace("~", "~0").replace("/", "~1") + "/"
                + parts[0].toLowerCase(Locale.ROOT) + "/security");
        String schemes = security.toString();
        return schemes.contains("\"bearer\"") ? anna : schemes.contains("\"serviceKey\"") ? service : "";
    }

    private static byte[] write(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
