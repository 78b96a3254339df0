package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.shared.Ascii;
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
            return hasShape(text) ? Optional.of(new OrderUid(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /**
     * {@code [0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}}, checked by hand: every order route parses its
     * uid, and {@code String.matches} compiled the pattern anew each time.
     */
    private static boolean hasShape(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !Ascii.isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
