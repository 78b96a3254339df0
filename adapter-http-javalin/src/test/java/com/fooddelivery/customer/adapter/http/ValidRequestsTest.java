package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract's request examples are the bad-input test's valid requests, so an operation without a
 * usable one would be fuzzed by the generic rounds alone: these guards name it.
 */
class ValidRequestsTest {

    private static final JsonNode DOCUMENT = ApiContract.document();

    @Test
    void everyOperationTakingJsonHasAnExampleWithAStringFieldToBreak() {
        Set<String> derived = ValidRequests.all(1, 2, UUID.randomUUID().toString(), "Bearer (anna)", "key").stream()
                .map(request -> request.method() + " "
                        + ApiContract.operationFor(request.method(), request.path())
                                .orElseThrow()
                                .split(" ", 2)[1])
                .collect(Collectors.toSet());

        assertThat(ValidRequests.examples().keySet())
                .as("operations taking JSON with no example in docs/openapi.yaml that has a string field")
                .isSubsetOf(derived)
                .isNotEmpty();
    }

    @Test
    void everyExampleMatchesTheSchemaOfItsRequestBody() {
        Map<String, List<String>> mismatches = new TreeMap<>();
        ValidRequests.examples().forEach((operation, examples) -> {
            String[] parts = operation.split(" ", 2);
            JsonNode media = ValidRequests.resolve(
                            DOCUMENT,
                            DOCUMENT.get("paths")
                                    .get(parts[1])
                                    .get(parts[0].toLowerCase(Locale.ROOT))
                                    .get("requestBody"))
                    .at("/content/application~1json/schema");
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(inlined(media, 0));
            for (JsonNode example : examples) {
                schema.validate(example)
                        .forEach(message -> mismatches
                                .computeIfAbsent(operation + " " + example, key -> new ArrayList<>())
                                .add(message.getMessage()));
            }
        });

        assertThat(mismatches)
                .as("examples in docs/openapi.yaml their schema refuses")
                .isEmpty();
    }

    @Test
    void theOverridesNameOperationsAndFieldsOfTheContract() {
        assertThat(ApiContract.operations()).containsAll(ValidRequests.NOT_DERIVED.keySet());
        Map<String, Set<String>> overridden = new TreeMap<>(ValidRequests.UNBROKEN);
        overridden.putAll(ValidRequests.LENIENT);
        overridden.forEach(
                (operation, fields) -> assertThat(ValidRequests.examples().get(operation))
                        .as("an example of %s with %s", operation, fields)
                        .anySatisfy(example -> assertThat(fields).allMatch(example::has)));
    }

    /** The schema with every {@code $ref} of the document replaced by what it points to. */
    private static JsonNode inlined(JsonNode node, int depth) {
        if (depth > 30) {
            throw new IllegalStateException("a request schema refers to itself: " + node);
        }
        JsonNode resolved = ValidRequests.resolve(DOCUMENT, node);
        if (resolved instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(field -> copy.set(field.getKey(), inlined(field.getValue(), depth + 1)));
            return copy;
        }
        if (resolved instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(inlined(element, depth + 1)));
            return copy;
        }
        return resolved;
    }
}
