package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-client allowances every instance shares: a client gets its allowance at once, then one request per
 * share of the period as it refills; each take is one statement (Bucket4j took a transaction of three round
 * trips), and parallel takes on two instances never exceed the allowance.
 */
class PostgresRateLimitsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00.123456Z");

    private final AtomicInteger statements = new AtomicInteger();
    private final MutableClock clock = new MutableClock(T0);
    private final List<PostgresPersistence> opened = new ArrayList<>();
    private DatabaseSettings database;
    private PostgresRateLimits limits;

    @BeforeEach
    void start() {
        database = TestPostgres.freshDatabase();
        limits = instance();
    }

    @AfterEach
    void close() {
        opened.forEach(PostgresPersistence::close);
    }

    @Test
    void aClientGetsItsAllowanceAtOnceThenWaitsForOneRequestsShareOfThePeriod() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1)))
                    .isEmpty();
        }

        assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1))).contains(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(5));
        assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1)))
                .as("a refused request takes nothing")
                .contains(Duration.ofSeconds(15));
    }

    @Test
    void theAllowanceRefillsGradually() {
        for (int i = 0; i < 3; i++) {
            limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1));
        }

        clock.advance(Duration.ofSeconds(20));
        assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1))).isEmpty();
        assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1))).contains(Duration.ofSeconds(20));

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1)))
                    .as("full again, and no fuller")
                    .isEmpty();
        }
        assertThat(limits.take("sign-in:10.0.0.1", 3, Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void clientsGroupsAndAllowancesHaveBucketsOfTheirOwn() {
        limits.take("sign-in:10.0.0.1", 1, Duration.ofMinutes(1));

        assertThat(limits.take("sign-in:10.0.0.1", 1, Duration.ofMinutes(1))).isPresent();
        assertThat(limits.take("sign-in:10.0.0.2", 1, Duration.ofMinutes(1))).isEmpty();
        assertThat(limits.take("accounts:10.0.0.1", 1, Duration.ofMinutes(1))).isEmpty();
        assertThat(limits.take("sign-in:10.0.0.1", 2, Duration.ofMinutes(1)))
                .as("a changed setting starts a fresh bucket")
                .isEmpty();
    }

    @Test
    void eachTakeIsOneStatementAllowedOrRefused() {
        statements.set(0);
        limits.take("sign-in:10.0.0.1", 1, Duration.ofMinutes(1));
        assertThat(statements.get()).as("the first request of a client").isEqualTo(1);

        statements.set(0);
        limits.take("sign-in:10.0.0.1", 1, Duration.ofMinutes(1));
        assertThat(statements.get()).as("a refused one, its wait included").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        statements.set(0);
        limits.take("sign-in:10.0.0.1", 1, Duration.ofMinutes(1));
        assertThat(statements.get()).as("a later allowed one").isEqualTo(1);
    }

    @Test
    void parallelRequestsOnTwoInstancesNeverTakeMoreThanTheAllowance() throws Exception {
        PostgresRateLimits other = instance();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Optional<Duration>>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PostgresRateLimits instance = i % 2 == 0 ? limits : other;
            requests.add(() -> {
                go.await();
                return instance.take("callbacks:10.0.0.9", 25, Duration.ofHours(1));
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Duration>>> outcomes = new ArrayList<>();
            requests.forEach(request -> outcomes.add(threads.submit(request)));
            go.countDown();
            int allowed = 0;
            for (Future<Optional<Duration>> outcome : outcomes) {
                allowed += outcome.get().isEmpty() ? 1 : 0;
            }

            assertThat(allowed).isEqualTo(25);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void fullBucketsAreDeletedNowAndThen() {
        limits.take("sign-in:10.0.0.1", 60, Duration.ofMinutes(1));
        assertThat(buckets()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        limits.take("sign-in:10.0.0.2", 60, Duration.ofMinutes(1));

        assertThat(buckets()).as("the full one gone, the new one kept").isEqualTo(1);
    }

    private PostgresRateLimits instance() {
        PostgresPersistence persistence = PostgresPersistence.startObserved(
                database,
                Currency.getInstance("EUR"),
                ExecuteListener.onExecuteStart(ctx -> statements.incrementAndGet()));
        opened.add(persistence);
        return new PostgresRateLimits((JooqUnitOfWork) persistence.unitOfWork(), clock);
    }

    private int buckets() {
        return ((JooqUnitOfWork) opened.get(0).unitOfWork()).dsl().fetchCount(DSL.table("delivery_ratelimit_bucket_c"));
    }
}
