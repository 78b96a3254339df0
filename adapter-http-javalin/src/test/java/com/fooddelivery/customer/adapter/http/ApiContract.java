package com.fooddelivery.customer.adapter.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The API contract, {@code docs/openapi.yaml}, as the tests hold the service to it. {@link #check}
 * runs on every exchange of {@link ContractClient}, so a response the contract does not describe, or a
 * request the contract refuses but the service accepts, fails the test that made it.
 */
public final class ApiContract {

    /** The one source of the contract; the service serves the build's copy of it. */
    public static final Path SOURCE = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("../docs/openapi.yaml")
            .normalize();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private ApiContract() {}

    /** The document as a tree. */
    public static JsonNode document() {
        try {
            return YAML.readTree(Files.readAllBytes(SOURCE));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + SOURCE, unreadable);
        }
    }

    /** Every operation the document describes, as {@code "GET /api/v1/categories"}. */
    public static Set<String> operations() {
        return operations((path, operation) -> true);
    }

    /**
     * The operations that require the given security scheme (by its name under
     * {@code components.securitySchemes}) and name a resource in their path, such as
     * {@code "GET /api/v1/orders/{uid}"}: the ones an owner check must guard.
     */
    public static Set<String> operationsWithPathParameters(String securityScheme) {
        return operations((path, operation) -> path.contains("{")
                && StreamSupport.stream(operation.path("security").spliterator(), false)
                        .anyMatch(requirement -> requirement.has(securityScheme)));
    }

    /**
     * The operation of the document that a request would reach, as {@code "GET /api/v1/orders/{uid}"}:
     * the method and a path template whose literal segments equal the path's and whose
     * {@code {parameters}} each take one non-empty segment. Where several templates match
     * ({@code /sessions/current} and {@code /sessions/{id}}), the one with the most literal segments wins.
     *
     * @param method an HTTP method, any case
     * @param path   a raw path without query, such as {@code /api/v1/orders/7d4f...}
     */
    public static Optional<String> operationFor(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT);
        String[] segments = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (String operation : Parsed.OPERATIONS) {
            int space = operation.indexOf(' ');
            if (!operation.substring(0, space).equals(verb)) {
                continue;
            }
            String[] template = operation.substring(space + 1).split("/", -1);
            if (template.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].matches("\\{[^/{}]+}")) {
                    matches = !segments[i].isEmpty();
                } else {
                    matches = template[i].equals(segments[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * From the document parsed once: the bad-input properties ask for the operations several times, and each
     * reading of the document parsed its 3,900 lines of YAML again.
     */
    private static Set<String> operations(BiPredicate<String, JsonNode> which) {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        Parsed.DOCUMENT.get("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey()) && which.test(path.getKey(), operation.getValue())) {
                    operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    /**
     * Checks one exchange against the contract and throws {@link AssertionError} naming every
     * mismatch:
     * <ul>
     *   <li>a route the contract does not describe must be answered 404 or 405 as a problem (or 400,
     *       when its path is one no route can have: dot segments, encoded separators or NUL);</li>
     *   <li>every response must be one the contract lists for its operation, headers and body included;</li>
     *   <li>a request the contract refuses must be refused (4xx) by the service too, so the contract
     *       never promises less than the service checks.</li>
     * </ul>
     */
    public static void check(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            byte[] requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            byte[] responseBody) {
        List<ValidationReport.Message> refusals =
                checkAnswer(method, uri, requestHeaders, requestBody, status, responseHeaders, responseBody);
        if (!refusals.isEmpty() && status < 400) {
            throw new AssertionError("docs/openapi.yaml refuses the request " + method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + status
                    + " but the service accepted it:\n" + describe(ValidationReport.from(refusals)));
        }
    }

    /**
     * The first two of {@link #check}'s rules alone, for generated requests: whatever was sent, the
     * answer is one the contract describes. (A generated request may carry what the service rightly
     * ignores, such as a body on a GET, which the contract would count as refused.)
     *
     * @return what the contract refuses in the request, for {@link #check}'s third rule
     */
    public static List<ValidationReport.Message> checkAnswer(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            byte[] requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            byte[] responseBody) {
        CheckedExchanges.Exchange exchange = new CheckedExchanges.Exchange(
                method, uri, requestHeaders, requestBody, status, responseHeaders, responseBody);
        return Parsed.CHECKED.verdict(exchange, () -> validated(exchange));
    }

    /** {@link #checkAnswer}'s rules, applied by the validator. */
    private static List<ValidationReport.Message> validated(CheckedExchanges.Exchange seen) {
        String method = seen.method();
        URI uri = seen.uri();
        Map<String, List<String>> requestHeaders = seen.requestHeaders();
        byte[] requestBody = seen.requestBody();
        int status = seen.status();
        Map<String, List<String>> responseHeaders = seen.responseHeaders();
        byte[] responseBody = seen.responseBody();
        if (method.equalsIgnoreCase("OPTIONS")
                && requestHeaders.keySet().stream()
                        .anyMatch(name -> name.equalsIgnoreCase("Access-Control-Request-Method"))) {
            // A CORS preflight is the browser asking the CORS layer, not a call of the API.
            return List.of();
        }
        Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        String path = uri.getRawPath();
        SimpleRequest.Builder request = new SimpleRequest.Builder(verb, path);
        requestHeaders.forEach(request::withHeader);
        queryParameters(uri).forEach(request::withQueryParam);
        if (requestBody != null && requestBody.length > 0) {
            request.withBody(requestBody);
        }
        SimpleRequest exchanged = request.build();
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        responseHeaders.forEach(response::withHeader);
        if (responseBody != null && responseBody.length > 0) {
            response.withBody(responseBody);
        }

        ValidationReport requestReport = Holder.VALIDATOR.validateRequest(exchanged);
        String exchange = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " -> " + status;
        if (requestReport.getMessages().stream().anyMatch(message -> UNDESCRIBED.contains(message.getKey()))) {
            String type =
                    responseHeaders.getOrDefault("content-type", List.of("")).get(0);
            boolean refusedAsMalformed = status == 400 && ambiguous(path);
            if ((status != 404 && status != 405 && !refusedAsMalformed)
                    || !type.startsWith("application/problem+json")) {
                throw new AssertionError("The contract does not describe " + exchange
                        + ", yet the service answered it: add it to docs/openapi.yaml");
            }
            return List.of();
        }
        ValidationReport responseReport = Holder.VALIDATOR.validateResponse(path, verb, response.build());
        if (responseReport.hasErrors()) {
            throw new AssertionError("The response to " + exchange + " breaks docs/openapi.yaml:\n"
                    + describe(responseReport) + "\nbody: " + text(responseBody));
        }
        undeclaredStatus(method, path, status).ifPresent(operation -> {
            throw new AssertionError("docs/openapi.yaml does not list " + status + " for " + operation
                    + " (only its default covers it), yet the service answered " + exchange + ": list it");
        });
        return requestReport.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !caseOfTheBearerScheme(message, requestHeaders))
                .toList();
    }

    /**
     * Every operation has a {@code default} problem response for what it does not list: a 500 is a
     * bug, and a client should still be able to read it. The validator accepts any status under
     * that default, so the contract would no longer catch a status the service answers but the
     * document never mentions. Only a 500 may go unlisted.
     *
     * @return the operation, when the status is neither listed for it nor a 500
     */
    private static Optional<String> undeclaredStatus(String method, String path, int status) {
        if (status == 500) {
            return Optional.empty();
        }
        return operationFor(method, path).filter(operation -> {
            int space = operation.indexOf(' ');
            JsonNode responses = Parsed.DOCUMENT
                    .path("paths")
                    .path(operation.substring(space + 1))
                    .path(operation.substring(0, space).toLowerCase(Locale.ROOT))
                    .path("responses");
            return !responses.has(Integer.toString(status));
        });
    }

    /**
     * A path the server refuses before routing (RFC 3986 dot segments, encoded separators or NUL):
     * no operation can match it, and 400 is its right answer.
     */
    private static boolean ambiguous(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return lower.contains("/../")
                || lower.contains("/./")
                || lower.endsWith("/..")
                || lower.endsWith("/.")
                || lower.contains("%2f")
                || lower.contains("%5c")
                || lower.contains("%00")
                || lower.contains("%2e");
    }

    /** Keys the validator reports when no operation of the contract matches the request. */
    private static final Set<String> UNDESCRIBED =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    /**
     * RFC 9110 §11.1 makes the auth scheme case-insensitive and the service follows it
     * ({@code bearer x} is accepted), but the validator compares {@code Bearer} exactly. Only
     * that one disagreement is forgiven.
     */
    private static boolean caseOfTheBearerScheme(ValidationReport.Message message, Map<String, List<String>> headers) {
        if (!message.getKey().equals("validation.request.security.invalid")) {
            return false;
        }
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Authorization"))
                .flatMap(header -> header.getValue().stream())
                .anyMatch(value -> value.regionMatches(true, 0, "Bearer ", 0, 7) && !value.startsWith("Bearer "));
    }

    private static Map<String, List<String>> queryParameters(URI uri) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.groupingBy(
                        pair -> decode(pair[0]),
                        LinkedHashMap::new,
                        Collectors.mapping(pair -> pair.length > 1 ? decode(pair[1]) : "", Collectors.toList())));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .map(message -> "  " + message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("\n"));
    }

    private static String text(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }

    /**
     * The same document in OpenAPI 3.0 terms, for the validator. The validator enforces JSON Schema
     * {@code type} and {@code additionalProperties} only for 3.0 documents: fed 3.1 it accepted a
     * number where a string was due and unknown members where none were allowed. So the 3.1 forms
     * the document uses are rewritten, mechanically and without loss for validation:
     * {@code type: [T, "null"]} becomes {@code type: T, nullable: true}; a schema's {@code examples}
     * list becomes its first {@code example}; {@code info.summary}, {@code info.license.identifier} and a string
     * schema's {@code contentMediaType} and {@code contentSchema} (3.1 only) go.
     */
    public static String asOpenApi30(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        ((ObjectNode) copy.get("info")).remove("summary");
        // 3.1's SPDX identifier of the license; the validator's 3.0 parser refuses it.
        if (copy.get("info").get("license") instanceof ObjectNode license) {
            license.remove("identifier");
        }
        downgrade(copy);
        try {
            return YAML.writeValueAsString(copy);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(each -> named.add(each.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() != 1) {
                    throw new IllegalStateException("only [T, \"null\"] type lists are rewritten, not " + types);
                }
                object.put("type", named.get(0));
            }
            if (object.has("contentSchema") && object.path("type").asText().equals("string")) {
                object.remove(List.of("contentMediaType", "contentSchema"));
            }
            // Media types' and parameters' examples are maps and stay; a schema's are a list.
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.elements().forEachRemaining(ApiContract::downgrade);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiContract::downgrade);
        }
    }

    /** One validator per test JVM: parsing the document is the slow part. */
    private static final class Holder {
        static final OpenApiInteractionValidator VALIDATOR =
                OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(Parsed.DOCUMENT))
                        .build();
    }

    /** The document read once, for the lookups that need no validator. */
    private static final class Parsed {
        static final JsonNode DOCUMENT = document();
        static final Set<String> OPERATIONS = operations();
        /** Exchanges already checked, whose verdicts hold again for an equal exchange. */
        static final CheckedExchanges CHECKED = new CheckedExchanges(
                DOCUMENT.at("/components/headers/RequestId/schema/pattern").asText());
    }
}
