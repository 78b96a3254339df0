package com.fooddelivery.customer.adapter.payment;

import java.util.Objects;

/**
 * Who the bank-app QR codes pay, as configured.
 *
 * @param name        the merchant's name as the banking app shows it (EMVCo tag 59: up to 25 characters)
 * @param city        its city (tag 60: up to 15 characters)
 * @param countryCode ISO 3166-1 alpha-2 (tag 58)
 * @param accountId   the account the bank credits, e.g. an IBAN (tag 26, sub-tag 01)
 * @param networkId   the globally unique id of the payment network the account belongs to (tag 26, sub-tag 00)
 * @param categoryCode the ISO 18245 merchant category code (tag 52); 5814 is fast-food restaurants
 */
public record Merchant(String name, String city, String countryCode, String accountId, String networkId,
                       String categoryCode) {

    public Merchant {
        check(name, "name", 25);
        check(city, "city", 15);
        check(accountId, "account", 99 - 4 - 4 - networkIdLength(networkId));
        check(networkId, "network id", 32);
        if (!Objects.requireNonNull(countryCode, "countryCode").matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("the merchant's country is two upper-case letters, like DE");
        }
        if (!Objects.requireNonNull(categoryCode, "categoryCode").matches("[0-9]{4}")) {
            throw new IllegalArgumentException("the merchant category code is four digits, like 5814");
        }
    }

    private static int networkIdLength(String networkId) {
        return networkId == null ? 0 : networkId.length();
    }

    private static void check(String value, String what, int max) {
        Objects.requireNonNull(value, what);
        // EMVCo's "ans" fields take printable ASCII; anything else would be mangled by some banking apps.
        if (value.isBlank() || value.length() > max || !value.matches("[\\x20-\\x7E]+")) {
            throw new IllegalArgumentException("the merchant's " + what + " must be 1 to " + max
                    + " printable ASCII characters");
        }
    }
}
