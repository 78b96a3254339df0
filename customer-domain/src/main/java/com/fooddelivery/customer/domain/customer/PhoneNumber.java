package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A phone number in E.164 form, so "+49 (30) 123-4567" and "0049301234567" are one number. */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

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
        if (!E164.matcher(value).matches()) {
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
        return E164.matcher(normalised).matches() ? Optional.of(new PhoneNumber(normalised)) : Optional.empty();
    }

    private static String normalise(String raw) {
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        return compact.startsWith("00") ? "+" + compact.substring(2) : compact;
    }
}
