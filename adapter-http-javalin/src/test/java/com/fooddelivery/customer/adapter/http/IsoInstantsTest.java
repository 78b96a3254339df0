package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The API's instants read exactly as {@link Instant#toString()} writes them, whatever their precision. */
class IsoInstantsTest {

    @Test
    void writesWhatInstantToStringWrites() {
        List<Instant> edges = List.of(
                Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("2026-12-06T10:00:00Z"),
                Instant.parse("2026-12-06T10:00:00.100Z"),
                Instant.parse("2026-12-06T10:00:00.000100Z"),
                Instant.parse("2026-12-06T10:00:00.000000100Z"),
                Instant.parse("2024-02-29T23:59:59.123456Z"),
                Instant.EPOCH,
                Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.MIN,
                Instant.MAX);
        for (Instant edge : edges) {
            assertThat(IsoInstants.format(edge)).isEqualTo(edge.toString());
        }
        Random random = new Random(21);
        for (int i = 0; i < 100_000; i++) {
            Instant at = Instant.ofEpochSecond(
                    random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    precision(random, random.nextInt(1_000_000_000)));
            assertThat(IsoInstants.format(at)).isEqualTo(at.toString());
        }
    }

    @Test
    void isTheWriterOfTheApisJson() throws JsonProcessingException {
        Instant at = Instant.parse("2026-12-06T10:00:00.123456Z");

        assertThat(JsonMapping.create().writeValueAsString(new Stamp(at))).isEqualTo("""
                {"at":"%s"}""".formatted(at));
    }

    /** Nanoseconds cut to whole seconds, milliseconds, microseconds or left, a quarter each. */
    private static int precision(Random random, int nanos) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> nanos / 1_000_000 * 1_000_000;
            case 2 -> nanos / 1_000 * 1_000;
            default -> nanos;
        };
    }

    record Stamp(Instant at) {}
}
