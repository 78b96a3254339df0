package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Stripe counts money in the currency's smallest unit (cents for EUR) and names currencies in
 * lower case; we count in exact decimals. One place converts both ways, so a request and the
 * webhook about it cannot disagree on a cent.
 */
final class StripeAmounts {

    private StripeAmounts() {
    }

    /** {@code 12.50 EUR} as Stripe's {@code 1250}. */
    static long minorUnits(Money money) {
        return money.amount().movePointRight(money.currency().getDefaultFractionDigits()).longValueExact();
    }

    /** Stripe's currency code, {@code eur}. */
    static String currency(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    /**
     * Stripe's {@code 1250} and {@code eur} as {@code 12.50 EUR}.
     *
     * @throws IllegalArgumentException when the code is no ISO 4217 currency
     */
    static Money money(long minorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }
}
