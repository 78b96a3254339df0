package com.fooddelivery.customer.domain.shared;

import java.util.Objects;

/** One rejected input field, named as the client sends it ({@code card.holder}), and why, in words fit for a user. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
