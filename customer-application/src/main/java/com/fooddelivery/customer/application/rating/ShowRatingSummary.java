package com.fooddelivery.customer.application.rating;

import com.fooddelivery.customer.domain.rating.RatingSummary;
import com.fooddelivery.customer.domain.rating.RestaurantRatings;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** The restaurant's overall stars, for everyone: the ratings of the last {@link #PERIOD}. */
public class ShowRatingSummary {

    /** How far back the summary looks, so that it follows the restaurant as it is now. */
    public static final Duration PERIOD = Duration.ofDays(90);

    private final RestaurantRatings ratings;
    private final Clock clock;

    @Inject
    public ShowRatingSummary(RestaurantRatings ratings, Clock clock) {
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The averages over the last 90 days. */
    public RatingSummary show() {
        return ratings.since(clock.instant().minus(PERIOD));
    }
}
