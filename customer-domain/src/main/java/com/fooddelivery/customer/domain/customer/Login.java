package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Ascii;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Locale;

/** The name a customer signs in with; kept as typed, compared regardless of case. */
public record Login(String value) {

    /** Letters, digits, dots, underscores and dashes only, so a login never looks like an email or phone. */
    public Login {
        if (!hasShape(value)) {
            throw ValidationException.of("login", "must be 3 to 50 letters, digits, '.', '_' or '-'");
        }
    }

    /** {@code [A-Za-z0-9._-]{3,50}}, checked by hand: every read of an account checks it again. */
    private static boolean hasShape(String value) {
        if (value == null || value.length() < 3 || value.length() > 50) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Ascii.isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The form uniqueness and sign-in compare. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }
}
