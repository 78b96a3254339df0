package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlacementReads} promises: its claim answers as {@link IdempotencyKeys#claim} on the same
 * store would, and a successful claim comes with the prices {@link MenuPrices#items} and the queue
 * {@link OrderRepository#kitchenQueue(int)} give. Run against {@link PlacementReads#oneByOne} over the fakes
 * and against PostgreSQL.
 */
public abstract class PlacementReadsContract {

    private static final Set<MenuItemId> ITEMS = Set.of(new MenuItemId(1), new MenuItemId(2), new MenuItemId(999));
    private static final int QUEUE_BOUND = 30;

    private Stores stores;
    private CustomerId anna;

    protected abstract Stores emptyStores();

    /**
     * @param stores the customers and orders the keys refer to
     * @param keys   the keys the reads claim
     * @param menu   a menu holding items 1 and 2
     * @param reads  the port under test
     */
    public record Stores(
            OrderRepositoryContract.Stores stores, IdempotencyKeys keys, MenuPrices menu, PlacementReads reads) {}

    @BeforeEach
    void anna() {
        stores = emptyStores();
        anna = stores.stores().customers().add(aCustomer(1).build()).id();
    }

    @Test
    void aNewKeyIsClaimedWithTheItemsPricesAndTheKitchenQueue() {
        stores.stores().orders().add(anOrder().by(anna).build());
        stores.stores().orders().add(anOrder().by(anna).build());

        PlacementReads.Placement placement = stores.reads().claimAndRead(request("k1", "f"));

        assertThat(placement.claim()).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(placement.items()).hasSize(2).isEqualTo(stores.menu().items(ITEMS));
        assertThat(placement.kitchenQueue())
                .isEqualTo(2)
                .isEqualTo(stores.stores().orders().kitchenQueue(QUEUE_BOUND));
    }

    @Test
    void aClaimedKeyIsInFlight_anotherBodyIsAMismatch_aCompletedKeyNamesItsOrder() {
        stores.reads().claimAndRead(request("k1", "f"));

        assertThat(stores.reads().claimAndRead(request("k1", "f")).claim())
                .isInstanceOf(IdempotencyKeys.InFlight.class);
        assertThat(stores.reads().claimAndRead(request("k1", "other")).claim())
                .isInstanceOf(IdempotencyKeys.Mismatch.class);
        Order order = anOrder().by(anna).build();
        stores.stores().orders().add(order);
        stores.keys().complete(anna, "k1", order.uid());
        assertThat(stores.reads().claimAndRead(request("k1", "f")).claim())
                .isEqualTo(new IdempotencyKeys.Completed(order.uid()));
    }

    private PlacementReads.Request request(String key, String fingerprint) {
        return new PlacementReads.Request(anna, key, fingerprint, T0, Duration.ofMinutes(1), ITEMS, QUEUE_BOUND);
    }
}
