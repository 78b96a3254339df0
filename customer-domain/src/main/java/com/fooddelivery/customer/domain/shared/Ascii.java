package com.fooddelivery.customer.domain.shared;

/**
 * ASCII character classes for the value objects that check a shape on every request (a token, an order's
 * uid): a loop over these costs a fraction of a regular expression's matcher, which
 * was several percent of each signed-in read's CPU (docs/performance.md, "Authenticated reads, session 12").
 */
public final class Ascii {

    private Ascii() {}

    /** {@code [0-9]}. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [A-Za-z]}. */
    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code [A-Za-z0-9]}. */
    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** {@code [0-9a-fA-F]}. */
    public static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
