package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Stripe counts money in the currency's smallest unit (cents for EUR) and names currencies in
 * lower case; we count in exact decimals. One place converts both ways, so a request and the
 * webhook about it cannot disagree on a cent.
 */
final class StripeAmounts {

    private StripeAmounts() {}

    /** {@code 12.50 EUR} as Stripe's {@code 1250}. */
    static long minorUnits(Money money) {
        return money.amount()
                .movePointRight(money.currency().getDefaultFractionDigits())
                .longValueExact();
    }

    /** Stripe's currency code, {@code eur}. */
    static String currency(Money money) {
        return money.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    /**
     * Stripe's currency code as a currency our money can be counted in: an ISO 4217 currency with
     * at most {@link Money#SCALE} decimals. Three-decimal currencies (KWD) and those without decimals
     * defined (XAU) are empty, as is anything that is no ISO 4217 code.
     */
    static Optional<Currency> currencyOf(String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        int digits = currency.getDefaultFractionDigits();
        return digits >= 0 && digits <= Money.SCALE ? Optional.of(currency) : Optional.empty();
    }

    /**
     * Stripe's {@code 1250} of {@code EUR} as {@code 12.50 EUR}.
     *
     * @param minorUnits zero or more
     * @param currency a currency {@link #currencyOf(String)} accepts
     */
    static Money money(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }
}
