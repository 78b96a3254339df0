package com.fooddelivery.customer.application.report;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.report.InMemoryReportMailJobs;
import com.fooddelivery.customer.domain.report.ReportMailJob;
import com.fooddelivery.customer.domain.report.ReportMailLimitException;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asking for a report by mail: to one's own address, for one's own order, three times an hour. */
class EmailOrderReportTest {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryReportMailJobs jobs = new InMemoryReportMailJobs();
    private final EmailOrderReport email =
            new EmailOrderReport(orders, customers, jobs, new InMemoryUnitOfWork(), clock);
    private Caller anna;
    private Caller bob;

    @BeforeEach
    void twoCustomers() {
        anna = new Caller(
                customers
                        .add(aCustomer(1).withEmail("anna@example.org").build())
                        .id(),
                new SessionId(1));
        bob = new Caller(
                customers.add(aCustomer(2).withEmail("bob@example.org").build()).id(), new SessionId(2));
    }

    private Order orderOf(CustomerId customer) {
        Order order = anOrder().by(customer).build();
        orders.add(order);
        return order;
    }

    @Test
    void theMailGoesToTheCallersOwnAddressWithTheReportAsRendered() {
        Order order = orderOf(anna.customerId());

        email.request(anna.customerId(), order.uid(), PDF);

        List<ReportMailJob> queued =
                jobs.takeDue(clock.instant(), clock.instant().plusSeconds(60), 10);
        assertThat(queued).singleElement().satisfies(job -> {
            assertThat(job.mail().to()).isEqualTo(new Email("anna@example.org"));
            assertThat(job.mail().orderUid()).isEqualTo(order.uid());
            assertThat(job.mail().pdf()).isEqualTo(PDF);
        });
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndQueuesNothing() {
        Order order = orderOf(anna.customerId());

        assertThatThrownBy(() -> email.request(bob.customerId(), order.uid(), PDF))
                .isInstanceOf(NotFoundException.class);

        assertThat(jobs.takeDue(clock.instant(), clock.instant().plusSeconds(60), 10))
                .isEmpty();
    }

    @Test
    void aFourthRequestWithinTheHourWaitsUntilTheFirstIsAnHourOldAndOtherOrdersCountApart() {
        Order order = orderOf(anna.customerId());
        email.request(anna.customerId(), order.uid(), PDF);
        clock.advance(Duration.ofMinutes(10));
        email.request(anna.customerId(), order.uid(), PDF);
        email.request(anna.customerId(), order.uid(), PDF);
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> email.request(anna.customerId(), order.uid(), PDF))
                .isInstanceOfSatisfying(
                        ReportMailLimitException.class,
                        limit -> assertThat(limit.retryAfter()).isEqualTo(Duration.ofMinutes(45)));
        email.request(anna.customerId(), orderOf(anna.customerId()).uid(), PDF);
        clock.advance(Duration.ofMinutes(45));
        email.request(anna.customerId(), order.uid(), PDF);

        assertThat(jobs.requestedSince(anna.customerId(), order.uid(), T0)).hasSize(4);
    }
}
