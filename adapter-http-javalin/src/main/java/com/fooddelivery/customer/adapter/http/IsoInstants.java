package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an {@link Instant} as {@link Instant#toString()} does (ISO-8601 in UTC, the fraction in groups
 * of three digits, none when zero), without going through {@code DateTimeFormatter}: a page of twenty
 * orders writes forty instants, and the formatter's general machinery was a visible share of the
 * reads' CPU (docs/performance.md, "Reads: where the time went"). Years outside 0000–9999 are left to
 * {@link Instant#toString()}.
 */
final class IsoInstants extends StdSerializer<Instant> {

    private static final long serialVersionUID = 1L;
    private static final long FIRST = LocalDate.of(0, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long AFTER_LAST =
            LocalDate.of(10_000, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    IsoInstants() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }

    static String format(Instant value) {
        long seconds = value.getEpochSecond();
        if (seconds < FIRST || seconds >= AFTER_LAST) {
            return value.toString();
        }
        LocalDateTime at = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nanos = value.getNano();
        char[] text = new char[30];
        int at0 = digits(text, 0, at.getYear(), 4);
        text[at0] = '-';
        int i = digits(text, at0 + 1, at.getMonthValue(), 2);
        text[i] = '-';
        i = digits(text, i + 1, at.getDayOfMonth(), 2);
        text[i] = 'T';
        i = digits(text, i + 1, at.getHour(), 2);
        text[i] = ':';
        i = digits(text, i + 1, at.getMinute(), 2);
        text[i] = ':';
        i = digits(text, i + 1, at.getSecond(), 2);
        if (nanos != 0) {
            text[i++] = '.';
            if (nanos % 1_000_000 == 0) {
                i = digits(text, i, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                i = digits(text, i, nanos / 1_000, 6);
            } else {
                i = digits(text, i, nanos, 9);
            }
        }
        text[i++] = 'Z';
        return new String(text, 0, i);
    }

    /** Writes {@code value} zero-padded to {@code width} digits at {@code from}; answers the index after them. */
    private static int digits(char[] text, int from, int value, int width) {
        int rest = value;
        for (int i = from + width - 1; i >= from; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return from + width;
    }
}
