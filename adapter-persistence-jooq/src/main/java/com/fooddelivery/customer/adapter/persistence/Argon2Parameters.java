package com.fooddelivery.customer.adapter.persistence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters at the head of a stored Argon2 hash in PHC form ({@code $argon2id$v=19$m=…,t=…,p=…$…}),
 * read without password4j: its {@code Argon2Function} allocates and caches the whole memory of every
 * parameter set it sees (19 MiB on the Java heap for OWASP's), which the native library never needs.
 *
 * @param variant    {@code id}, {@code i} or {@code d}
 * @param memoryKib  memory per hash in KiB
 * @param iterations passes over the memory
 */
record Argon2Parameters(String variant, int memoryKib, int iterations) {

    private static final Pattern HEAD =
            Pattern.compile("^\\$argon2(id|i|d)\\$(?:v=\\d+\\$)?m=(\\d{1,9}),t=(\\d{1,9}),p=\\d{1,9}\\$[^$]+\\$[^$]+$");

    /** The parameters of a well-formed Argon2 PHC string, or empty for anything else. */
    static Optional<Argon2Parameters> of(String hash) {
        Matcher head = HEAD.matcher(hash);
        if (!head.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new Argon2Parameters(head.group(1), Integer.parseInt(head.group(2)), Integer.parseInt(head.group(3))));
    }

    boolean isArgon2id() {
        return variant.equals("id");
    }
}
