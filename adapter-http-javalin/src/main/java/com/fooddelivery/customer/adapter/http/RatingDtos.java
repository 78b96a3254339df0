package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.rating.ItemRating;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.rating.RatingSummary;
import java.math.BigDecimal;
import java.time.Instant;

/** The ratings as the API shows and takes them. */
final class RatingDtos {

    private RatingDtos() {}

    record RatingRequest(Integer food, Integer delivery, String comment) {}

    record RatingDto(int food, int delivery, String comment, Instant ratedAt) {}

    /** One side's average: null while nobody rated. */
    record StarsDto(BigDecimal average, long count) {}

    record SummaryDto(long periodDays, StarsDto food, StarsDto delivery) {}

    static RatingDto toDto(Rating rating) {
        return new RatingDto(rating.food(), rating.delivery(), rating.comment(), rating.ratedAt());
    }

    static StarsDto toDto(ItemRating rating) {
        return new StarsDto(rating.average(), rating.count());
    }

    static SummaryDto toDto(RatingSummary summary, long periodDays) {
        return new SummaryDto(
                periodDays,
                new StarsDto(summary.food().orElse(null), summary.count()),
                new StarsDto(summary.delivery().orElse(null), summary.count()));
    }
}
