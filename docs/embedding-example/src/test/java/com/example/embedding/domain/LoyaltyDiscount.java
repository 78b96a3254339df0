package com.example.embedding.domain;

import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Allowed: the team's own domain building on the core's types, which its layout lets the domain use.
 * {@link com.example.embedding.ArchitectureTest} checks the rules do not report it.
 *
 * @param percent how much of the price is taken off
 */
public record LoyaltyDiscount(int percent) {

    /**
     * The price after the discount.
     *
     * @param price the price before
     * @return the price after, in the same currency
     */
    public Money applyTo(Money price) {
        BigDecimal factor = BigDecimal.valueOf(100 - percent).movePointLeft(2);
        return new Money(price.amount().multiply(factor).setScale(Money.SCALE, RoundingMode.HALF_UP), price.currency());
    }
}
