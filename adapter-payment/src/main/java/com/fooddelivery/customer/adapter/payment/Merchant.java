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
public record Merchant(
        String name, String city, String countryCode, String accountId, String networkId, String categoryCode) {

    /** The merchant's details, each of which may be refused on its own. */
    public enum Field {
        NAME,
        CITY,
        COUNTRY,
        ACCOUNT,
        NETWORK_ID,
        CATEGORY_CODE
    }

    /** A detail the QR standard cannot carry; {@link #field()} says which, so configuration can name its setting. */
    public static final class InvalidDetail extends IllegalArgumentException {

        private final Field field;

        InvalidDetail(Field field, String message) {
            super(message);
            this.field = field;
        }

        /** @return the refused detail */
        public Field field() {
            return field;
        }
    }

    /** Refuses a detail the QR standards cannot carry, naming which one. */
    public Merchant {
        check(name, Field.NAME, 25);
        check(city, Field.CITY, 15);
        check(accountId, Field.ACCOUNT, 99 - 4 - 4 - networkIdLength(networkId));
        check(networkId, Field.NETWORK_ID, 32);
        if (!Objects.requireNonNull(countryCode, "countryCode").matches("[A-Z]{2}")) {
            throw new InvalidDetail(Field.COUNTRY, "must be two upper-case letters (ISO 3166-1), like DE");
        }
        if (!Objects.requireNonNull(categoryCode, "categoryCode").matches("[0-9]{4}")) {
            throw new InvalidDetail(Field.CATEGORY_CODE, "must be four digits (ISO 18245), like 5814");
        }
    }

    private static int networkIdLength(String networkId) {
        return networkId == null ? 0 : networkId.length();
    }

    private static void check(String value, Field field, int max) {
        Objects.requireNonNull(value, field.name());
        // EMVCo's "ans" fields take printable ASCII; anything else would be mangled by some banking apps.
        if (value.isBlank() || value.length() > max || !value.matches("[\\x20-\\x7E]+")) {
            throw new InvalidDetail(field, "must be 1 to " + max + " printable ASCII characters");
        }
    }
}
