package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The name a customer signs in with; kept as typed, compared regardless of case. */
public record Login(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{3,50}");

    /** Letters, digits, dots, underscores and dashes only, so a login never looks like an email or phone. */
    public Login {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("login", "must be 3 to 50 letters, digits, '.', '_' or '-'");
        }
    }

    /** The form uniqueness and sign-in compare. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }
}
