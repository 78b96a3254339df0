package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionRepository;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PlacementReads} promises: the token's session is checked as
 * {@link SessionRepository#validByDigest} would, and without one nothing is claimed; under one, the claim answers
 * as {@link IdempotencyKeys#claim} on the same store would for the session's customer, and a successful claim
 * comes with the prices {@link MenuPrices#items} and the queue {@link OrderRepository#kitchenQueue(int)} give.
 * Run against {@link PlacementReads#oneByOne} over the fakes and against PostgreSQL.
 */
public abstract class PlacementReadsContract {

    private static final Set<MenuItemId> ITEMS = Set.of(new MenuItemId(1), new MenuItemId(2), new MenuItemId(999));
    private static final int QUEUE_BOUND = 30;
    private static final String ANNAS_TOKEN = "a".repeat(64);
    private static final String BOBS_TOKEN = "b".repeat(64);

    private Stores stores;
    private CustomerId anna;
    private Session bobsSession;

    protected abstract Stores emptyStores();

    /**
     * @param stores   the customers and orders the keys refer to
     * @param sessions the sessions whose tokens the reads check
     * @param keys     the keys the reads claim
     * @param menu     a menu holding items 1 and 2
     * @param reads    the port under test
     */
    public record Stores(
            OrderRepositoryContract.Stores stores,
            SessionRepository sessions,
            IdempotencyKeys keys,
            MenuPrices menu,
            PlacementReads reads) {}

    @BeforeEach
    void annaAndBobSignedIn() {
        stores = emptyStores();
        anna = stores.stores().customers().add(aCustomer(1).build()).id();
        CustomerId bob = stores.stores().customers().add(aCustomer(2).build()).id();
        stores.sessions().add(new NewSession(anna, ANNAS_TOKEN, T0.minusSeconds(60), T0.plusSeconds(3600), "test"));
        bobsSession = stores.sessions()
                .add(new NewSession(bob, BOBS_TOKEN, T0.minusSeconds(60), T0.plusSeconds(3600), "test"));
    }

    @Test
    void aNewKeyIsClaimedForTheSessionsCustomerWithTheItemsPricesAndTheKitchenQueue() {
        stores.stores().orders().add(anOrder().by(anna).build());
        stores.stores().orders().add(anOrder().by(anna).build());

        PlacementReads.Placement placement =
                stores.reads().claimAndRead(request(ANNAS_TOKEN, "k1", "f")).orElseThrow();

        assertThat(placement.customer()).isEqualTo(anna);
        assertThat(placement.claim()).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(placement.items()).hasSize(2).isEqualTo(stores.menu().items(ITEMS));
        assertThat(placement.kitchenQueue())
                .isEqualTo(2)
                .isEqualTo(stores.stores().orders().kitchenQueue(QUEUE_BOUND));
    }

    @Test
    void aClaimedKeyIsInFlight_anotherBodyIsAMismatch_aCompletedKeyNamesItsOrder() {
        stores.reads().claimAndRead(request(ANNAS_TOKEN, "k1", "f"));

        assertThat(claim(ANNAS_TOKEN, "k1", "f")).isInstanceOf(IdempotencyKeys.InFlight.class);
        assertThat(claim(ANNAS_TOKEN, "k1", "other")).isInstanceOf(IdempotencyKeys.Mismatch.class);
        Order order = anOrder().by(anna).build();
        stores.stores().orders().add(order);
        stores.keys().complete(anna, "k1", order.uid());
        assertThat(claim(ANNAS_TOKEN, "k1", "f")).isEqualTo(new IdempotencyKeys.Completed(order.uid()));
    }

    @Test
    void keysAreClaimedPerCustomer_bobsSessionDoesNotSeeAnnasKey() {
        stores.reads().claimAndRead(request(ANNAS_TOKEN, "k1", "f"));

        PlacementReads.Placement bobs =
                stores.reads().claimAndRead(request(BOBS_TOKEN, "k1", "f")).orElseThrow();

        assertThat(bobs.customer()).isEqualTo(bobsSession.customerId());
        assertThat(bobs.claim()).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void anUnknownTokenClaimsNothing() {
        assertThat(stores.reads().claimAndRead(request("c".repeat(64), "k1", "f")))
                .isEmpty();

        assertThat(claim(ANNAS_TOKEN, "k1", "f")).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void anEndedOrExpiredSessionClaimsNothing_theKeyStaysFree() {
        stores.sessions().end(bobsSession.customerId(), bobsSession.id(), T0);

        assertThat(stores.reads().claimAndRead(request(BOBS_TOKEN, "k1", "f"))).isEmpty();
        assertThat(stores.reads()
                        .claimAndRead(new PlacementReads.Request(
                                ANNAS_TOKEN, "k2", "f", T0.plusSeconds(3600), Duration.ofMinutes(1), ITEMS, 30)))
                .isEmpty();
        assertThat(stores.keys().claim(bobsSession.customerId(), "k1", "f", T0, Duration.ofMinutes(1)))
                .isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(claim(ANNAS_TOKEN, "k2", "f")).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    private IdempotencyKeys.Claim claim(String token, String key, String fingerprint) {
        return stores.reads()
                .claimAndRead(request(token, key, fingerprint))
                .orElseThrow()
                .claim();
    }

    private static PlacementReads.Request request(String token, String key, String fingerprint) {
        return new PlacementReads.Request(token, key, fingerprint, T0, Duration.ofMinutes(1), ITEMS, QUEUE_BOUND);
    }
}
