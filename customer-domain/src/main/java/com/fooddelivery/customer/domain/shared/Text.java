package com.fooddelivery.customer.domain.shared;

/**
 * Which characters the service takes as text: no control characters but tabs and line breaks in
 * multi-line fields (a NUL cannot be stored, the rest are invisible), no unpaired surrogate (stored as ?).
 */
public final class Text {

    /** What a client is told of a text with an unpaired surrogate, wherever it is found. */
    public static final String UNPAIRED_SURROGATE = "has an unpaired surrogate, which is no character";

    private Text() {}

    /** Whether every surrogate is part of a pair, so the text encodes to UTF-8 as it is. */
    public static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Why the text is refused as one line (a name, a login), for the client; null when it is fine. */
    public static String problemAsLine(String text) {
        return problem(text, false);
    }

    /** As {@link #problemAsLine}, for lines (an address, a comment): tabs and line breaks are allowed. */
    public static String problemAsLines(String text) {
        return problem(text, true);
    }

    private static String problem(String text, boolean lines) {
        if (!wellFormed(text)) {
            return UNPAIRED_SURROGATE;
        }
        boolean control = text.chars()
                .anyMatch(c ->
                        Character.getType(c) == Character.CONTROL && !(lines && (c == '\t' || c == '\n' || c == '\r')));
        if (!control) {
            return null;
        }
        return lines
                ? "must not contain control characters other than tabs and line breaks"
                : "must not contain control characters";
    }
}
