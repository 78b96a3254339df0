package com.fooddelivery.customer.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fooddelivery.customer.adapter.http.ApiContract;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code docs/asyncapi.yaml} as the tests use it: the message of each CloudEvents type, whose payload
 * schema an event's data must match and whose headers schema its {@code ce_} headers must match.
 */
final class AsyncApiContract {

    static final Path SOURCE = ApiContract.SOURCE.resolveSibling("asyncapi.yaml");

    private final JsonNode document;
    private final Map<String, JsonNode> messagesByType = new HashMap<>();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    AsyncApiContract() {
        try {
            document = new YAMLMapper().readTree(SOURCE.toFile());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        document.get("components")
                .get("messages")
                .forEach(message -> messagesByType.put(
                        message.get("headers")
                                .get("properties")
                                .get("ce_type")
                                .get("const")
                                .asText(),
                        message));
    }

    /** Every event type the document describes. */
    Set<String> types() {
        return Set.copyOf(messagesByType.keySet());
    }

    /** The channel's address (topic) that carries the type. */
    String topicOf(String type) {
        for (JsonNode channel : document.get("channels")) {
            for (JsonNode message : channel.get("messages")) {
                if (resolve(message).equals(messagesByType.get(type))) {
                    return channel.get("address").asText();
                }
            }
        }
        throw new IllegalArgumentException("no channel carries " + type);
    }

    /** What is wrong with an event's data and headers, by the document; empty when it matches. */
    Set<String> violations(String type, JsonNode data, ObjectNode headers) {
        JsonNode message = messagesByType.get(type);
        if (message == null) {
            return Set.of("no message describes " + type);
        }
        Set<ValidationMessage> found =
                new HashSet<>(schema(message.get("payload")).validate(data));
        found.addAll(schema(message.get("headers")).validate(headers));
        return found.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private JsonSchema schema(JsonNode node) {
        return schemas.getSchema(inline(resolve(node).deepCopy()));
    }

    /** Replaces every local {@code $ref} by what it points at, so a schema stands alone. */
    private JsonNode inline(JsonNode node) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                return inline(resolve(node).deepCopy());
            }
            ObjectNode object = (ObjectNode) node;
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                object.set(name, inline(object.get(name)));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, inline(node.get(i)));
            }
        }
        return node;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }
}
