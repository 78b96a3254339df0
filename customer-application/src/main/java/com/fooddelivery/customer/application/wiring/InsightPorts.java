package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.rating.RestaurantRatings;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import com.fooddelivery.customer.domain.report.ReportMailer;
import com.fooddelivery.customer.domain.statistics.OrderStatistics;
import java.util.Objects;
import java.util.Optional;

/**
 * The ports of what customers learn from past orders: ratings, statistics and the report by e-mail. Each is
 * optional and switches its use cases on.
 *
 * @param reportMailJobs the queue of report mails; queueing needs it, sending needs the mailer too
 */
public record InsightPorts(
        Optional<OrderRatings> orderRatings,
        Optional<RestaurantRatings> restaurantRatings,
        Optional<OrderStatistics> statistics,
        Optional<ReportMailJobs> reportMailJobs,
        Optional<ReportMailer> reportMailer) {

    /** Requires every part, each of which may be empty, never null. */
    public InsightPorts {
        Objects.requireNonNull(orderRatings, "orderRatings");
        Objects.requireNonNull(restaurantRatings, "restaurantRatings");
        Objects.requireNonNull(statistics, "orderStatistics");
        Objects.requireNonNull(reportMailJobs, "reportMailJobs");
        Objects.requireNonNull(reportMailer, "reportMailer");
    }
}
