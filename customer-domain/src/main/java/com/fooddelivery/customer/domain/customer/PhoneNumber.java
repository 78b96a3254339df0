package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Ascii;
import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Optional;

/** A phone number in E.164 form, so "+49 (30) 123-4567" and "0049301234567" are one number. */
public record PhoneNumber(String value) {

    /** The separators dropped: {@code [\s().-]}, where {@code \s} is {@code [ \t\n\x0B\f\r]}. */
    private static final String SEPARATORS = " \t\n\u000B\f\r().-";

    /** Drops separators, turns a leading {@code 00} into {@code +}, and refuses what is then not E.164. */
    public PhoneNumber {
        if (value == null) {
            throw ValidationException.of("phoneNumber", "is required");
        }
        // Checked before normalising: trimming would otherwise quietly drop a leading control character.
        String problem = Text.problemAsLine(value);
        if (problem != null) {
            throw ValidationException.of("phoneNumber", problem);
        }
        value = normalise(value);
        if (!isE164(value)) {
            throw ValidationException.of(
                    "phoneNumber", "must be an international number in E.164 form, like +4915112345678");
        }
    }

    /** The number {@code text} denotes, if it is one. */
    public static Optional<PhoneNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = normalise(text);
        return isE164(normalised) ? Optional.of(new PhoneNumber(normalised)) : Optional.empty();
    }

    // The shapes are checked by hand, not by regular expressions: every read of an account checks them again.
    private static String normalise(String raw) {
        String stripped = raw.strip();
        StringBuilder compact = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (SEPARATORS.indexOf(c) < 0) {
                compact.append(c);
            }
        }
        return compact.length() >= 2 && compact.charAt(0) == '0' && compact.charAt(1) == '0'
                ? "+" + compact.substring(2)
                : compact.toString();
    }

    /** {@code \+[1-9][0-9]{6,14}}. */
    private static boolean isE164(String text) {
        return text.length() >= 8
                && text.length() <= 16
                && text.charAt(0) == '+'
                && text.charAt(1) != '0'
                && Ascii.allDigits(text, 1, text.length());
    }
}
