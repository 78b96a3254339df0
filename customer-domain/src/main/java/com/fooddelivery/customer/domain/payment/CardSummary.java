package com.fooddelivery.customer.domain.payment;

import java.util.Objects;

/**
 * The only card data this service keeps and shows: the brand and the last four digits.
 *
 * @param brand the network, e.g. {@code VISA}
 */
public record CardSummary(String brand, String last4) {

    /**
     * Refuses anything but four digits as the last four, so that no longer part of a card number can be stored
     * here.
     */
    public CardSummary {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(last4, "last4");
        if (!last4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("last4 is four digits");
        }
    }

    /** The summary of a full card number: its brand by prefix and its last four digits. */
    public static CardSummary of(String number) {
        return new CardSummary(brandOf(number), number.substring(number.length() - 4));
    }

    private static String brandOf(String number) {
        if (number.startsWith("4")) {
            return "VISA";
        }
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MASTERCARD";
        }
        if (two == 34 || two == 37) {
            return "AMEX";
        }
        return "OTHER";
    }
}
