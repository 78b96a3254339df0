package com.fooddelivery.customer.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The settings as given, by name, and the readers every area shares. A blank value counts as unset, and
 * every refusal names the setting, so the operator reads in one line what to fix.
 */
final class RawSettings {

    private final Map<String, String> values;

    RawSettings(Map<String, String> values) {
        this.values = values;
    }

    /** The value as given, stripped; empty when unset or blank. */
    Optional<String> text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    /** The value as given, unstripped, for an error message; null when unset. */
    String given(String name) {
        return values.get(name);
    }

    String required(String name, String when) {
        return text(name).orElseThrow(() -> new ConfigurationException(name + " is required when " + when));
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // same message as a number out of range
        }
        throw new ConfigurationException(
                name + " must be a whole number from " + min + " to " + max + ", got '" + raw.get() + "'");
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigurationException(name + " must be true or false, got '" + raw.get() + "'");
        };
    }

    /** An ISO-8601 duration from zero to {@code max}, like {@code PT20M}. */
    Duration duration(String name, Duration fallback, Duration max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(raw.get());
            if (!value.isNegative() && value.compareTo(max) <= 0) {
                return value;
            }
        } catch (DateTimeParseException notADuration) {
            // same message as a duration out of range
        }
        throw new ConfigurationException(name + " must be an ISO-8601 duration from PT0S to " + max + ", like "
                + fallback + ", got '" + raw.get() + "'");
    }

    /** An ISO-8601 duration above zero and at most {@code max}. */
    Duration positive(String name, Duration fallback, Duration max) {
        Duration value = duration(name, fallback, max);
        if (value.isZero()) {
            throw new ConfigurationException(name + " must be above PT0S, like " + fallback);
        }
        return value;
    }

    /** An ISO-8601 duration from {@code min} to {@code max}: a shorter one would make the service spin. */
    Duration atLeast(String name, Duration min, Duration fallback, Duration max) {
        Duration value = duration(name, fallback, max);
        if (value.compareTo(min) < 0) {
            throw new ConfigurationException(name + " must be at least " + min + ", got '" + given(name) + "'");
        }
        return value;
    }

    /** Comma-separated entries, each stripped and checked; unset is an empty list. */
    List<String> list(String name, Predicate<String> valid, String entries) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (String item : raw.get().split(",", -1)) {
            String entry = item.strip();
            if (!valid.test(entry)) {
                throw new ConfigurationException(
                        name + " must list " + entries + " separated by commas, got '" + entry + "'");
            }
            list.add(entry);
        }
        return list;
    }
}
