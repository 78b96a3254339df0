package com.fooddelivery.customer.domain.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a customer's statistics cover, both included, in their time zone; bounded so a read stays cheap. */
public record StatisticsPeriod(LocalDate from, LocalDate to, Bucket bucket, ZoneId zone) {

    /** The longest span, in days: three years and a leap day. */
    public static final int MAX_DAYS = 1096;

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(zone, "zone");
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("from must not be after to, and the span at most " + MAX_DAYS + " days");
        }
    }
}
