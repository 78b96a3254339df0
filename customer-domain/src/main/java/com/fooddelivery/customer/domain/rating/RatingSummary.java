package com.fooddelivery.customer.domain.rating;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The restaurant's stars over a period: averages to two decimals, absent when nobody rated. */
public record RatingSummary(Optional<BigDecimal> food, Optional<BigDecimal> delivery, long count) {

    public RatingSummary {
        Objects.requireNonNull(food, "food");
        Objects.requireNonNull(delivery, "delivery");
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
    }
}
