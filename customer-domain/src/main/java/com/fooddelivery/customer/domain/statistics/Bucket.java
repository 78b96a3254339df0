package com.fooddelivery.customer.domain.statistics;

/** How long one step of a statistics series is, in the customer's time zone (weeks start on Monday). */
public enum Bucket {
    /** A calendar day. */
    DAY,
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH,
    /** A calendar year. */
    YEAR
}
