package com.fooddelivery.customer.domain.shared;

import java.util.regex.Pattern;

/**
 * The client's key for one request it may repeat (an order, a payment): 1 to 255 visible ASCII characters,
 * so it fits a header and an index as sent. Commands check their key with it and keep the text.
 */
public record IdempotencyKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** @throws ValidationException on field {@code idempotencyKey} */
    public IdempotencyKey {
        Validator.check()
                .require(
                        value != null && SHAPE.matcher(value).matches(),
                        "idempotencyKey",
                        "must be 1 to 255 visible ASCII characters")
                .done();
    }
}
