package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A claim made inside a unit of work is the order's own: in flight for everyone else until that unit
 * ends, then the order's if it commits, and free again if it rolls back; the other requests never wait.
 */
class JooqIdempotencyKeysInTransactionsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-12-06T05:00:00Z");

    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private PostgresPersistence db;
    private IdempotencyKeys keys;
    private CustomerId anna;

    @BeforeEach
    void anna() {
        db = PostgresPersistence.start(TestPostgres.freshDatabase(), Currency.getInstance("EUR"));
        JooqOrdersTest.withTheFixturesMenuItems(db);
        keys = db.idempotencyKeys();
        anna = db.customers().add(aCustomer(1).build()).id();
    }

    @AfterEach
    void close() {
        other.shutdownNow();
        db.close();
    }

    @Test
    void aClaimInAnOpenUnitOfWorkIsInFlightForOthersAndTheirsOnceItCommits() throws Exception {
        Order order = anOrder().by(anna).build();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<IdempotencyKeys.Claim> first = inOtherUnitOfWork(() -> {
            IdempotencyKeys.Claim claim = keys.claim(anna, "k", "f", T0, MINUTE);
            db.orders().add(order);
            keys.complete(anna, "k", order.uid());
            claimed.countDown();
            await(finish);
            return claim;
        });
        await(claimed);

        assertThat(db.unitOfWork().inTransaction(() -> keys.claim(anna, "k", "f", T0, MINUTE)))
                .as("answered at once, not after the first unit of work ends")
                .isInstanceOf(IdempotencyKeys.InFlight.class);
        assertThat(db.unitOfWork().inTransaction(() -> keys.claim(anna, "k", "other", T0, MINUTE)))
                .isInstanceOf(IdempotencyKeys.InFlight.class);

        finish.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(db.unitOfWork().inTransaction(() -> keys.claim(anna, "k", "f", T0, MINUTE)))
                .isEqualTo(new IdempotencyKeys.Completed(order.uid()));
        assertThat(db.unitOfWork().inTransaction(() -> keys.claim(anna, "k", "other", T0, MINUTE)))
                .isInstanceOf(IdempotencyKeys.Mismatch.class);
    }

    @Test
    void aClaimWhoseUnitOfWorkRollsBackLeavesTheKeyFree() throws Exception {
        CompletableFuture<IdempotencyKeys.Claim> refused = inOtherUnitOfWork(() -> {
            keys.claim(anna, "k", "f", T0, MINUTE);
            throw new IllegalStateException("refused after the claim");
        });
        assertThat(refused).failsWithin(Duration.ofSeconds(30));

        assertThat(db.unitOfWork().inTransaction(() -> keys.claim(anna, "k", "another body", T0, MINUTE)))
                .isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    private <T> CompletableFuture<T> inOtherUnitOfWork(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> db.unitOfWork().inTransaction(work), other);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other unit of work did not get there");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
