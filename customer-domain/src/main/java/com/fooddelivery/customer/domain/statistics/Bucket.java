package com.fooddelivery.customer.domain.statistics;

/** How long one step of a statistics series is, in the customer's time zone (weeks start on Monday). */
public enum Bucket {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
