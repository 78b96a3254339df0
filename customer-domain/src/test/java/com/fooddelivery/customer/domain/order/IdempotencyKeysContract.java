package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} promises; run against the fake and against PostgreSQL. */
public abstract class IdempotencyKeysContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private IdempotencyKeys keys;
    private OrderRepository orders;
    private CustomerId anna;
    private CustomerId bob;

    protected abstract Stores emptyStores();

    /**
     * @param stores the customers and orders the keys refer to
     * @param keys   the repository under test
     */
    public record Stores(OrderRepositoryContract.Stores stores, IdempotencyKeys keys) {}

    @BeforeEach
    void twoCustomers() {
        Stores stores = emptyStores();
        keys = stores.keys();
        orders = stores.stores().orders();
        anna = stores.stores().customers().add(aCustomer(1).build()).id();
        bob = stores.stores().customers().add(aCustomer(2).build()).id();
    }

    @Test
    void aNewKeyIsClaimedOnceAndThenInFlight() {
        assertThat(keys.claim(anna, "k1", "f", T0, MINUTE)).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(keys.claim(anna, "k1", "f", T0.plusSeconds(1), MINUTE)).isInstanceOf(IdempotencyKeys.InFlight.class);
    }

    @Test
    void aCompletedKeyNamesItsOrder() {
        Order order = anOrder().by(anna).build();
        keys.claim(anna, "k1", "f", T0, MINUTE);
        orders.add(order);
        keys.complete(anna, "k1", order.uid());

        assertThat(keys.claim(anna, "k1", "f", T0.plusSeconds(5), MINUTE))
                .isEqualTo(new IdempotencyKeys.Completed(order.uid()));
        assertThat(keys.claim(anna, "k1", "f", T0.plus(Duration.ofHours(2)), MINUTE))
                .as("completed keys are never taken over")
                .isEqualTo(new IdempotencyKeys.Completed(order.uid()));
    }

    @Test
    void aKeyReusedForAnotherRequestIsAMismatch() {
        keys.claim(anna, "k1", "f", T0, MINUTE);

        assertThat(keys.claim(anna, "k1", "other", T0, MINUTE)).isInstanceOf(IdempotencyKeys.Mismatch.class);
    }

    @Test
    void keysBelongToTheirCustomer() {
        keys.claim(anna, "k1", "f", T0, MINUTE);

        assertThat(keys.claim(bob, "k1", "g", T0, MINUTE)).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void aReleasedOrAbandonedClaimCanBeClaimedAgain() {
        keys.claim(anna, "k1", "f", T0, MINUTE);
        keys.release(anna, "k1");
        assertThat(keys.claim(anna, "k1", "f2", T0, MINUTE)).isInstanceOf(IdempotencyKeys.Claimed.class);

        assertThat(keys.claim(anna, "k1", "f2", T0.plus(MINUTE), MINUTE)).isInstanceOf(IdempotencyKeys.Claimed.class);
    }
}
