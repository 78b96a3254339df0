package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-client token buckets: an allowance, refilled over its period, shared by every caller. */
class PostgresRateLimitsTest {

    private static HikariDataSource dataSource;
    private static PostgresRateLimits limits;

    @BeforeAll
    static void aMigratedDatabase() {
        dataSource = IsolatedMigrationTest.pool(8);
        IsolatedMigration.migrate(dataSource);
        limits = new PostgresRateLimits(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void theAllowanceGoesAheadAndTheNextRequestLearnsHowLongToWait() {
        Duration period = Duration.ofMinutes(1);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("allowance", 3, period)).as("take %d", i).isEmpty();
        }

        Optional<Duration> refused = limits.take("allowance", 3, period);

        // One request refills in a third of the period; a little of it has passed already.
        assertThat(refused)
                .hasValueSatisfying(wait -> assertThat(wait)
                        .isPositive()
                        .isLessThanOrEqualTo(Duration.ofSeconds(20))
                        .isGreaterThan(Duration.ofSeconds(10)));
        assertThat(limits.take("allowance", 3, period))
                .as("a refused request takes nothing")
                .isPresent();
    }

    @Test
    void eachKeyAndEachLimitHasItsOwnBucket() {
        Duration period = Duration.ofMinutes(1);
        assertThat(limits.take("one client", 1, period)).isEmpty();
        assertThat(limits.take("one client", 1, period)).isPresent();

        assertThat(limits.take("another client", 1, period)).isEmpty();
        assertThat(limits.take("one client", 2, period))
                .as("a changed setting starts afresh")
                .isEmpty();
    }

    @Test
    void aRefusedClientGoesAheadOnceTheWaitItWasToldIsOver() throws InterruptedException {
        Duration period = Duration.ofMillis(500);
        assertThat(limits.take("refilled", 1, period)).isEmpty();
        Optional<Duration> refused = limits.take("refilled", 1, period);
        assertThat(refused).isPresent();

        Thread.sleep(refused.orElseThrow().toMillis() + 200);

        assertThat(limits.take("refilled", 1, period)).isEmpty();
    }

    @Test
    void parallelRequestsNeverGetMoreThanTheAllowance() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Duration>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(clients.submit(() -> limits.take("flood", 5, Duration.ofHours(1))));
            }
            int allowed = 0;
            for (Future<Optional<Duration>> answer : answers) {
                allowed += answer.get().isEmpty() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            clients.shutdownNow();
        }
    }
}
