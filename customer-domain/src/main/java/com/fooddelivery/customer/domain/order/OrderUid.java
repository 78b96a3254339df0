package com.fooddelivery.customer.domain.order;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The public identifier of an order; random, so a URL reveals neither how many orders there are nor whose. */
public record OrderUid(UUID value) {
    public OrderUid {
        Objects.requireNonNull(value, "value");
    }

    public static OrderUid random() {
        return new OrderUid(UUID.randomUUID());
    }

    public static Optional<OrderUid> parse(String text) {
        try {
            // UUID.fromString would also take signs and non-ASCII digits inside a group.
            return text == null || !text.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
                    ? Optional.empty()
                    : Optional.of(new OrderUid(UUID.fromString(text)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
