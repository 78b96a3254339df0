package com.fooddelivery.customer.domain.shared;

import java.util.List;

/** Input that breaks a rule; carries every problem found so a client can fix a form in one round trip. */
public final class ValidationException extends DomainException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    /** A failure of a single field. */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** Every rejected field, never none, in the order the checks ran. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid input:");
        for (FieldError error : errors) {
            text.append(' ')
                    .append(error.field())
                    .append(" ")
                    .append(error.message())
                    .append(';');
        }
        return text.toString();
    }
}
