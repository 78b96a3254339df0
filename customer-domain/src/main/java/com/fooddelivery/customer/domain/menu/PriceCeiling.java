package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/** The most one menu item may cost, to catch a price typed in cents ({@code 850} for {@code 8.50}). */
public record PriceCeiling(Money max) {

    public PriceCeiling {
        Objects.requireNonNull(max, "max");
        if (!max.isPositive()) {
            throw new IllegalArgumentException("a price ceiling is above zero: " + max);
        }
    }

    /** The amount as a price; ValidationException on {@code price} when above the ceiling. */
    public Money priceOf(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        // Compared before building Money: an absurd exponent must not be expanded to two decimals.
        if (amount.compareTo(max.amount()) > 0) {
            throw ValidationException.of(
                    "price", "must be at most " + max.amount().toPlainString());
        }
        return new Money(amount, max.currency());
    }
}
