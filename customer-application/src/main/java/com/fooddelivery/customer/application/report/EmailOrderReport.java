package com.fooddelivery.customer.application.report;

import com.fooddelivery.customer.application.order.CallersOrder;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.report.ReportMail;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import com.fooddelivery.customer.domain.report.ReportMailLimitException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Queues an order's report for mailing to the customer's own address. Nothing is sent here: the mail
 * is recorded in the request's transaction and {@link SendReportMails} delivers it later.
 */
public class EmailOrderReport {

    /** How many report mails of one order a customer may ask for in {@link #WINDOW}. */
    public static final int PER_WINDOW = 3;
    /** The span the limit counts over. */
    public static final Duration WINDOW = Duration.ofHours(1);

    private static final Duration MICROSECOND = Duration.ofNanos(1_000);

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ReportMailJobs jobs;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public EmailOrderReport(
            OrderRepository orders,
            CustomerRepository customers,
            ReportMailJobs jobs,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the report mail of one of the customer's orders, to the customer's address.
     *
     * @throws NotFoundException         when the order does not exist or is someone else's
     * @throws ReportMailLimitException when the customer asked {@link #PER_WINDOW} times within the last hour
     */
    public void request(CustomerId customer, OrderUid uid, byte[] pdf) {
        Instant now = clock.instant();
        unitOfWork.inTransaction(() -> {
            // The order's lock makes concurrent requests for it count one after the other.
            CallersOrder.of(orders.lockByUid(uid), customer, uid);
            // Exactly an hour old (to the database's microsecond) has left the window, as Retry-After said.
            List<Instant> recent =
                    jobs.requestedSince(customer, uid, now.minus(WINDOW).plus(MICROSECOND));
            if (recent.size() >= PER_WINDOW) {
                Instant freed = recent.get(recent.size() - PER_WINDOW).plus(WINDOW);
                throw new ReportMailLimitException(Duration.between(now, freed));
            }
            Customer addressee =
                    customers.byId(customer).orElseThrow(() -> new NotFoundException("customer", customer));
            jobs.add(customer, new ReportMail(addressee.email(), uid, pdf), now);
            return null;
        });
    }
}
