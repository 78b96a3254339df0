package com.fooddelivery.customer.domain.rating;

import java.time.Instant;
import java.util.Objects;

/** A customer's stars for one delivered order, checked here so no rating off the scale is ever kept. */
public record Rating(int food, int delivery, String comment, Instant ratedAt) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int COMMENT_MAX = 1000;
    /** At or below this many stars, in either part, the rating is low: the manager's service reacts to it. */
    public static final int LOW = 2;

    public Rating {
        if (food < LOWEST || food > HIGHEST || delivery < LOWEST || delivery > HIGHEST) {
            throw new IllegalArgumentException("stars must be 1 to 5");
        }
        Objects.requireNonNull(comment, "comment");
        if (comment.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("comment too long");
        }
        Objects.requireNonNull(ratedAt, "ratedAt");
    }

    /** Whether the food or the delivery got {@link #LOW} stars or fewer. */
    public boolean low() {
        return food <= LOW || delivery <= LOW;
    }
}
