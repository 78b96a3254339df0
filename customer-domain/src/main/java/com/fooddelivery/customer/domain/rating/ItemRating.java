package com.fooddelivery.customer.domain.rating;

import java.math.BigDecimal;
import java.util.Objects;

/** A menu item's food stars, averaged over the rated orders that contained it. */
public record ItemRating(BigDecimal average, long count) {

    /** Fewer rated orders than this say too little about a dish to be shown. */
    public static final int SHOWN_FROM = 5;

    public ItemRating {
        Objects.requireNonNull(average, "average");
        if (count < 1) {
            throw new IllegalArgumentException("count < 1");
        }
    }
}
