package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Ascii;
import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Locale;

/** A syntactically valid email address, lower-cased so that one mailbox is one customer. */
public record Email(String value) {

    /** Longest address SMTP can carry (RFC 5321 path limit less the brackets). */
    public static final int MAX_LENGTH = 254;

    /** The characters of a dot-atom's atoms besides letters and digits (RFC 5322 {@code atext}). */
    private static final String ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

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
        if (value.length() > MAX_LENGTH || value.indexOf('@') > 64 || !hasShape(value)) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    /**
     * A dot-atom local part and a domain of LDH labels with a top-level label of letters:
     * {@code [atext]+(\.[atext]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}}, checked by
     * hand, since every read of an account checks it again and the regular expression was a percent of
     * {@code GET /customers/me}'s CPU.
     */
    private static boolean hasShape(String value) {
        int at = value.indexOf('@');
        if (at < 0 || !isDotAtom(value, 0, at)) {
            return false;
        }
        int lastDot = value.lastIndexOf('.');
        if (lastDot <= at + 1 || !isTopLevelLabel(value, lastDot + 1, value.length())) {
            return false;
        }
        // Every label up to the top-level one, empty ones between two dots included.
        int start = at + 1;
        do {
            int end = value.indexOf('.', start);
            if (!isLabel(value, start, end)) {
                return false;
            }
            start = end + 1;
        } while (start <= lastDot);
        return true;
    }

    /** Atoms of {@code atext} separated by single dots, none empty. */
    private static boolean isDotAtom(String text, int start, int end) {
        if (start == end || text.charAt(start) == '.' || text.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean dot = c == '.';
            if (dot ? text.charAt(i - 1) == '.' : !Ascii.isLetterOrDigit(c) && ATEXT_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** One to 63 letters, digits and hyphens, starting and ending with a letter or digit. */
    private static boolean isLabel(String text, int start, int end) {
        int length = end - start;
        if (length < 1
                || length > 63
                || !Ascii.isLetterOrDigit(text.charAt(start))
                || !Ascii.isLetterOrDigit(text.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (!Ascii.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Two to 63 letters. */
    private static boolean isTopLevelLabel(String text, int start, int end) {
        if (end - start < 2 || end - start > 63) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Ascii.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
