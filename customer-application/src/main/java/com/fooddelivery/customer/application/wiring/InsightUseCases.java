package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.menu.MenuFreshness;
import com.fooddelivery.customer.application.menu.ShowItemRatings;
import com.fooddelivery.customer.application.rating.RateOrder;
import com.fooddelivery.customer.application.rating.ShowOrderRating;
import com.fooddelivery.customer.application.rating.ShowRatingSummary;
import com.fooddelivery.customer.application.report.EmailOrderReport;
import com.fooddelivery.customer.application.report.SendReportMails;
import com.fooddelivery.customer.application.statistics.ShowStatistics;
import com.fooddelivery.customer.domain.order.OrderRepository;
import java.time.Duration;
import java.util.Optional;

/**
 * The use cases of what customers learn from past orders: ratings, statistics, and the report by e-mail.
 */
public final class InsightUseCases {

    private final CorePorts ports;
    private final Optional<RateOrder> rateOrder;
    private final Optional<ShowOrderRating> showOrderRating;
    private final Optional<ShowRatingSummary> showRatingSummary;
    private final Optional<ShowItemRatings> showItemRatings;
    private final Optional<EmailOrderReport> emailOrderReport;
    private final Optional<ShowStatistics> showStatistics;

    InsightUseCases(CorePorts p, MenuFreshness freshness) {
        ports = p;
        InsightPorts insight = p.insight();
        OrderRepository orders = p.orders().orders();
        rateOrder = insight.orderRatings()
                .map(ratings -> new RateOrder(orders, ratings, p.unitOfWork(), p.clock(), p.events()));
        showOrderRating = insight.orderRatings().map(ShowOrderRating::new);
        showRatingSummary = insight.restaurantRatings().map(ratings -> new ShowRatingSummary(ratings, p.clock()));
        showItemRatings = insight.restaurantRatings().map(ratings -> new ShowItemRatings(ratings, freshness));
        emailOrderReport = insight.reportMailJobs()
                .map(jobs -> new EmailOrderReport(orders, p.accounts().customers(), jobs, p.unitOfWork(), p.clock()));
        showStatistics =
                insight.statistics().map(statistics -> new ShowStatistics(statistics, p.unitOfWork(), p.clock()));
    }

    /** Rates a delivered order; with {@code OrderRatings} only. */
    public Optional<RateOrder> rateOrder() {
        return rateOrder;
    }

    /** An order's rating; with {@code OrderRatings} only. */
    public Optional<ShowOrderRating> showOrderRating() {
        return showOrderRating;
    }

    /** The ratings summed up; with {@code RestaurantRatings} only. */
    public Optional<ShowRatingSummary> showRatingSummary() {
        return showRatingSummary;
    }

    /** The ratings of menu items; with {@code RestaurantRatings} only. */
    public Optional<ShowItemRatings> showItemRatings() {
        return showItemRatings;
    }

    /** Queues an order report by e-mail; with {@code ReportMailJobs} only. */
    public Optional<EmailOrderReport> emailOrderReport() {
        return emailOrderReport;
    }

    /** Figures over the customer's past orders; with {@code OrderStatistics} only. */
    public Optional<ShowStatistics> showStatistics() {
        return showStatistics;
    }

    /**
     * Sends the queued order reports.
     *
     * @param firstWait the wait after a first failed send; it doubles with each further failure
     * @return the use case, or empty without {@code ReportMailJobs} and {@code ReportMailer}
     */
    public Optional<SendReportMails> sendReportMails(Duration firstWait) {
        return ports.insight()
                .reportMailJobs()
                .flatMap(jobs -> ports.insight()
                        .reportMailer()
                        .map(mailer ->
                                new SendReportMails(jobs, mailer, ports.unitOfWork(), ports.clock(), firstWait)));
    }
}
