package com.fooddelivery.customer.domain.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field errors while a command or draft checks its input, then throws them together.
 * Used in compact constructors: {@code Validator.check().require(..).require(..).done();}
 */
public final class Validator {

    private final List<FieldError> errors = new ArrayList<>();

    private Validator() {}

    public static Validator check() {
        return new Validator();
    }

    /** Records {@code message} for {@code field} unless {@code condition} holds. */
    public Validator require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Checks a one-line text (see {@link Text}) and its trimmed length; {@code min} 0 makes it optional. */
    public Validator text(String value, String field, int min, int max) {
        return text(value, field, min, max, false);
    }

    /** Like {@link #text}, but allows tabs and line breaks, e.g. for an address. */
    public Validator lines(String value, String field, int min, int max) {
        return text(value, field, min, max, true);
    }

    private Validator text(String value, String field, int min, int max, boolean lines) {
        if (value == null) {
            return require(min == 0, field, "is required");
        }
        String problem = lines ? Text.problemAsLines(value) : Text.problemAsLine(value);
        if (problem != null) {
            return require(false, field, problem);
        }
        int length = value.strip().length();
        if (min > 0 && length == 0) {
            return require(false, field, "must not be blank");
        }
        return require(length >= min && length <= max, field, "must be " + min + " to " + max + " characters long");
    }

    /** Runs a throwing parse and records its errors, so checking goes on past the first broken field. */
    public <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    /** Checks an amount can become a positive {@link Money} without rounding. */
    public Validator positiveAmount(BigDecimal value, String field) {
        if (value == null) {
            return require(false, field, "is required");
        }
        if (value.signum() <= 0) {
            return require(false, field, "must be above zero");
        }
        return require(
                value.stripTrailingZeros().scale() <= Money.SCALE,
                field,
                "must have at most " + Money.SCALE + " decimals");
    }

    public void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
