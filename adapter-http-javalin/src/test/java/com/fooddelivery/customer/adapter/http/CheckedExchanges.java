package com.fooddelivery.customer.adapter.http;

import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The verdicts of exchanges the contract already passed, so that an exchange seen again is not validated
 * again: the route tests read the same menu after nearly every step (two thousand identical exchanges,
 * a fifth of the route tests' CPU at about 1.3 ms of validation each). The verdict depends on nothing but
 * the exchange, so an exchange equal in every byte gets the same one. Two response headers differ on every
 * answer: {@code Date}, which the contract does not describe, so the validator never reads it; and
 * {@code X-Request-Id}, a new id per request, which is held here to the contract's own pattern for it, the
 * one rule the validator applies to it. Only passed exchanges are kept: one the contract refuses is
 * validated again, and fails again with the validator's own message.
 */
final class CheckedExchanges {

    private static final String REQUEST_ID = "X-Request-Id";

    /**
     * Exchanges with more bytes of body than this are validated without a digest: they are uploads and
     * generated payloads, never repeated, and hashing megabytes at the test JVM's first JIT tier cost more
     * than the reads the digest spares.
     */
    private static final int LARGEST_KEPT = 64 * 1024;

    private final Map<String, List<ValidationReport.Message>> passed = new ConcurrentHashMap<>();
    private final Pattern requestId;

    /** @param requestIdPattern the contract's pattern for {@code X-Request-Id}'s value */
    CheckedExchanges(String requestIdPattern) {
        this.requestId = Pattern.compile(requestIdPattern);
    }

    /**
     * One exchange as the contract check sees it.
     *
     * @param requestBody  {@code null} when none was sent
     * @param responseBody {@code null} when none came
     */
    record Exchange(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            byte[] requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            byte[] responseBody) {}

    /**
     * The verdict of an equal exchange passed before, or of {@code check}, which is kept when it passes (when
     * it throws, nothing is kept).
     */
    List<ValidationReport.Message> verdict(Exchange exchange, Supplier<List<ValidationReport.Message>> check) {
        if (length(exchange.requestBody()) + length(exchange.responseBody()) > LARGEST_KEPT) {
            return check.get();
        }
        Optional<String> key = key(exchange);
        if (key.isEmpty()) {
            return check.get();
        }
        List<ValidationReport.Message> known = passed.get(key.get());
        if (known != null) {
            return known;
        }
        List<ValidationReport.Message> verdict = check.get();
        passed.put(key.get(), verdict);
        return verdict;
    }

    /**
     * A digest of everything the validator reads, with the response's request id reduced to "present and
     * of the contract's form"; empty when an id does not fit that form, which the validator then judges.
     */
    private Optional<String> key(Exchange exchange) {
        Map<String, List<String>> answered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        answered.putAll(exchange.responseHeaders());
        answered.remove("Date");
        List<String> ids = answered.remove(REQUEST_ID);
        if (ids != null) {
            if (!ids.stream().allMatch(id -> requestId.matcher(id).matches())) {
                return Optional.empty();
            }
            answered.put(REQUEST_ID, List.of("(" + ids.size() + " of the contract's form)"));
        }
        MessageDigest digest = sha256();
        update(digest, exchange.method());
        update(digest, exchange.uri().toString());
        update(digest, exchange.requestHeaders());
        update(digest, exchange.requestBody());
        update(digest, Integer.toString(exchange.status()));
        update(digest, answered);
        update(digest, exchange.responseBody());
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static int length(byte[] body) {
        return body == null ? 0 : body.length;
    }

    /** Each part with its length first, so that no two different exchanges run together into the same bytes. */
    private static void update(MessageDigest digest, byte[] part) {
        if (part == null) {
            digest.update((byte) 0);
            return;
        }
        digest.update((byte) 1);
        digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
    }

    /** Every header by name, in the names' order, each value on its own. */
    private static void update(MessageDigest digest, Map<String, List<String>> headers) {
        Map<String, List<String>> sorted = new TreeMap<>(headers);
        update(digest, Integer.toString(sorted.size()));
        sorted.forEach((name, values) -> {
            update(digest, name);
            update(digest, Integer.toString(values.size()));
            values.forEach(value -> update(digest, value));
        });
    }

    private static void update(MessageDigest digest, String part) {
        update(digest, part.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
