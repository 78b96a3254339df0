package com.fooddelivery.customer.domain.shared;

import java.util.Objects;

/**
 * One rejected input field and why, in words a client developer can show to a user.
 *
 * @param field   the field's name as the client sends it (camelCase, dotted for nested fields)
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
