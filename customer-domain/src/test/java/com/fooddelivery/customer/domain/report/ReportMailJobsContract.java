package com.fooddelivery.customer.domain.report;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReportMailJobs} promises; run against the fake and against PostgreSQL. */
public abstract class ReportMailJobsContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private ReportMailJobs jobs;
    private CustomerId anna;
    private CustomerId bob;

    /** Empty stores over the same data. */
    protected abstract Stores emptyStores();

    /**
     * @param customers who asks for the mails
     * @param jobs      the port under test
     */
    public record Stores(CustomerRepository customers, ReportMailJobs jobs) {}

    @BeforeEach
    void twoCustomers() {
        Stores stores = emptyStores();
        jobs = stores.jobs();
        anna = stores.customers().add(aCustomer(1).build()).id();
        bob = stores.customers().add(aCustomer(2).build()).id();
    }

    private static ReportMail mail(OrderUid uid) {
        return new ReportMail(new Email("anna@example.org"), uid, new byte[] {'%', 'P', 'D', 'F', 0, -1});
    }

    @Test
    void aMailIsTakenWhenDueWholeAndThenLeftAloneUntilItsLeaseEnds() {
        OrderUid uid = OrderUid.random();
        jobs.add(anna, mail(uid), T0);

        assertThat(jobs.takeDue(T0.minusSeconds(1), T0.plus(LEASE), 10)).isEmpty();
        List<ReportMailJob> taken = jobs.takeDue(T0, T0.plus(LEASE), 10);

        assertThat(taken).singleElement().satisfies(job -> {
            assertThat(job.mail().to()).isEqualTo(new Email("anna@example.org"));
            assertThat(job.mail().orderUid()).isEqualTo(uid);
            assertThat(job.mail().pdf()).containsExactly('%', 'P', 'D', 'F', 0, -1);
            assertThat(job.attempts()).isZero();
        });
        assertThat(jobs.takeDue(T0.plusSeconds(60), T0.plus(LEASE), 10)).isEmpty();
        assertThat(jobs.takeDue(T0.plus(LEASE), T0.plus(LEASE).plus(LEASE), 10)).hasSize(1);
    }

    @Test
    void aSentMailIsNeverTakenAgainAndAFailedOneComesBackWhenToldOrNeverWhenGivenUp() {
        jobs.add(anna, mail(OrderUid.random()), T0);
        jobs.add(anna, mail(OrderUid.random()), T0);
        jobs.add(anna, mail(OrderUid.random()), T0);
        List<ReportMailJob> taken = jobs.takeDue(T0, T0.plus(LEASE), 10);
        assertThat(taken).hasSize(3);

        jobs.sent(taken.get(0).id(), T0.plusSeconds(1));
        jobs.failed(taken.get(1).id(), 1, T0.plusSeconds(30), "421 try later");
        jobs.failed(taken.get(2).id(), 8, null, "550 no such user");

        Duration later = LEASE.plusHours(1);
        assertThat(jobs.takeDue(T0.plus(later), T0.plus(later).plus(LEASE), 10))
                .singleElement()
                .satisfies(job -> {
                    assertThat(job.id()).isEqualTo(taken.get(1).id());
                    assertThat(job.attempts()).isEqualTo(1);
                });
    }

    @Test
    void oneRunTakesNoMoreThanItsLimitOldestFirst() {
        OrderUid first = OrderUid.random();
        jobs.add(anna, mail(first), T0);
        jobs.add(anna, mail(OrderUid.random()), T0.plusSeconds(1));
        jobs.add(anna, mail(OrderUid.random()), T0.plusSeconds(2));

        assertThat(jobs.takeDue(T0.plusSeconds(10), T0.plus(LEASE), 1))
                .singleElement()
                .satisfies(job -> assertThat(job.mail().orderUid()).isEqualTo(first));
        assertThat(jobs.takeDue(T0.plusSeconds(10), T0.plus(LEASE), 10)).hasSize(2);
    }

    @Test
    void theRequestsOfOneCustomerForOneOrderAreCountedFromTheMomentOnOldestFirst() {
        OrderUid uid = OrderUid.random();
        jobs.add(anna, mail(uid), T0.minusSeconds(1));
        jobs.add(anna, mail(uid), T0.plusSeconds(20));
        jobs.add(anna, mail(uid), T0);
        jobs.add(anna, mail(OrderUid.random()), T0);
        jobs.add(bob, mail(uid), T0);
        // Sending changes nothing about what was asked for.
        jobs.takeDue(T0.plusSeconds(30), T0.plus(LEASE), 10).forEach(job -> jobs.sent(job.id(), T0.plusSeconds(31)));

        assertThat(jobs.requestedSince(anna, uid, T0)).containsExactly(T0, T0.plusSeconds(20));
        assertThat(jobs.requestedSince(bob, OrderUid.random(), T0)).isEmpty();
    }

    @Test
    void finishedMailsAskedForBeforeTheMomentAreForgottenAndAMailStillToSendIsKept() {
        OrderUid sentEarly = OrderUid.random();
        OrderUid givenUp = OrderUid.random();
        OrderUid retrying = OrderUid.random();
        OrderUid sentLate = OrderUid.random();
        jobs.add(anna, mail(sentEarly), T0);
        jobs.add(anna, mail(givenUp), T0.plusSeconds(1));
        jobs.add(anna, mail(retrying), T0.plusSeconds(2));
        jobs.add(anna, mail(sentLate), T0.plusSeconds(60));
        Map<OrderUid, Long> ids = jobs.takeDue(T0.plusSeconds(60), T0.plus(LEASE), 10).stream()
                .collect(Collectors.toMap(job -> job.mail().orderUid(), ReportMailJob::id));
        jobs.sent(ids.get(sentEarly), T0.plusSeconds(61));
        jobs.failed(ids.get(givenUp), 8, null, "550 no such user");
        jobs.failed(ids.get(retrying), 1, T0.plus(LEASE), "421 try later");
        jobs.sent(ids.get(sentLate), T0.plusSeconds(61));

        assertThat(jobs.forgetFinished(T0.plusSeconds(30))).isEqualTo(2);

        assertThat(jobs.requestedSince(anna, sentEarly, T0)).isEmpty();
        assertThat(jobs.requestedSince(anna, givenUp, T0)).isEmpty();
        assertThat(jobs.requestedSince(anna, sentLate, T0)).containsExactly(T0.plusSeconds(60));
        assertThat(jobs.takeDue(T0.plus(LEASE), T0.plus(LEASE).plus(LEASE), 10))
                .singleElement()
                .satisfies(job -> assertThat(job.mail().orderUid()).isEqualTo(retrying));
        assertThat(jobs.forgetFinished(T0.plusSeconds(30))).isZero();
    }
}
