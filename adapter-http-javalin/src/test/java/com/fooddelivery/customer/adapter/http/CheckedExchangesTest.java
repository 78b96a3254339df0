package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An exchange is validated again unless every byte the validator reads is the same as one that passed. */
class CheckedExchangesTest {

    private static final URI MENU = URI.create("http://localhost:1/api/v1/categories");
    private static final byte[] BODY = "[]".getBytes(StandardCharsets.UTF_8);

    private final CheckedExchanges checked = new CheckedExchanges("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
    private final AtomicInteger validations = new AtomicInteger();

    private List<ValidationReport.Message> verdict(Map<String, List<String>> responseHeaders, byte[] body) {
        return checked.verdict(
                new CheckedExchanges.Exchange("GET", MENU, Map.of(), null, 200, responseHeaders, body), () -> {
                    validations.incrementAndGet();
                    return List.of();
                });
    }

    private static Map<String, List<String>> answered(String requestId, String date) {
        return Map.of("x-request-id", List.of(requestId), "date", List.of(date), "etag", List.of("\"1\""));
    }

    @Test
    void anExchangeThatDiffersOnlyInItsDateAndAWellFormedRequestIdIsNotValidatedAgain() {
        verdict(answered("4b3f9d2e-8c1a-4e7b-9f06-2d5c8a1e3b47", "Sun, 06 Dec 2026 20:00:00 GMT"), BODY);
        verdict(answered("0d6c1a4e-1111-4e7b-9f06-2d5c8a1e3b47", "Sun, 06 Dec 2026 20:00:01 GMT"), BODY);

        assertThat(validations).hasValue(1);
    }

    @Test
    void aDifferentBodyHeaderOrMalformedRequestIdOrALargeBodyIsValidatedAgain() {
        verdict(answered("a1", "d"), BODY);
        verdict(answered("a1", "d"), "[{}]".getBytes(StandardCharsets.UTF_8));
        verdict(Map.of("x-request-id", List.of("a1"), "etag", List.of("\"2\"")), BODY);
        verdict(answered("-not of the contract's form", "d"), BODY);
        verdict(Map.of("x-request-id", List.of("a1, a2")), BODY);
        verdict(Map.of("x-request-id", List.of("a1", "a2")), BODY);
        byte[] picture = new byte[2 * 1024 * 1024];
        verdict(answered("a1", "d"), picture);
        verdict(answered("a1", "d"), picture);

        assertThat(validations).hasValue(8);
    }

    @Test
    void anExchangeTheContractRefusedIsValidatedAgainAndRefusedAgain() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> checked.verdict(
                            new CheckedExchanges.Exchange("GET", MENU, Map.of(), null, 200, Map.of(), BODY), () -> {
                                validations.incrementAndGet();
                                throw new AssertionError("breaks the contract");
                            }))
                    .hasMessage("breaks the contract");
        }

        assertThat(validations).hasValue(2);
    }
}
