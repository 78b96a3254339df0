package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically valid email address, lower-cased so that one mailbox is one customer. */
public record Email(String value) {

    /** Longest address SMTP can carry (RFC 5321 path limit less the brackets). */
    public static final int MAX_LENGTH = 254;

    // A dot-atom local part and a domain of LDH labels with a top-level label of letters.
    private static final Pattern SHAPE =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public Email {
        if (value == null) {
            throw ValidationException.of("email", "is required");
        }
        // Checked before trimming, which would otherwise quietly drop a leading control character.
        String problem = Text.problemAsLine(value);
        if (problem != null) {
            throw ValidationException.of("email", problem);
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH
                || value.indexOf('@') > 64
                || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }
}
