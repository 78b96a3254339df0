package com.fooddelivery.customer.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact, non-negative amount of one currency, always held with two decimal places. Amounts with
 * finer precision are refused rather than rounded, so no cent is ever made up or lost.
 *
 * @param amount   the amount, scale 2
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Decimal places every amount carries. */
    public static final int SCALE = 2;

    /**
     * The largest amount the service keeps: twelve digits, two of them decimals, as its tables store
     * money ({@code numeric(12,2)}). A sum beyond it is refused where it is made, not when it is stored.
     */
    public static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

    /**
     * Refuses negative amounts and more than {@link #SCALE} decimals, rather than rounding money away; keeps
     * every amount at exactly {@link #SCALE} decimals so that equal sums are equal records.
     *
     * @param amount the amount, scale 2
     * @param currency the ISO 4217 currency
     * @throws IllegalArgumentException when the amount is negative or too precise
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money is never negative: " + amount);
        }
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException("money has at most two decimals: " + amount, tooPrecise);
        }
    }

    /**
     * The amount written as a decimal string, e.g. {@code "12.50"}.
     *
     * @param amount the decimal string
     * @param currency its currency
     * @return the money
     */
    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /**
     * Zero of the given currency.
     *
     * @param currency the currency
     * @return nothing of it, to start a sum from
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The sum of this and {@code other}, which must be of the same currency.
     *
     * @param other the amount to add
     * @return the sum
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This amount taken {@code quantity} times.
     *
     * @param quantity how many times, zero or more
     * @return the product
     */
    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity is never negative: " + quantity);
        }
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /**
     * Whether the amount is above zero.
     *
     * @return true for more than nothing
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
    }
}
