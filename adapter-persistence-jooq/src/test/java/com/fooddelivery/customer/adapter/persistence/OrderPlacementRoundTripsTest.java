package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.OrderPlaced;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.Session;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * An order's reads before its writes (the token's session, the key's claim, the items' prices, the kitchen
 * queue) reach the database in one round trip, and its writes (the order and its lines, its payment at the
 * door, its key's completion and its event) in a second, which ends with the COMMIT; what the unit of work reads
 * still sees them. Without a valid session that first round trip claims and locks nothing.
 */
class OrderPlacementRoundTripsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String TOKEN = "d".repeat(64);

    private final AtomicInteger statements = new AtomicInteger();
    /** Whether a transaction was still open as each statement ended. */
    private final List<Boolean> openAfter = new ArrayList<>();

    private final List<MenuItem> menu = new ArrayList<>();
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private PostgresPersistence persistence;
    private CustomerId anna;
    private Session session;

    @BeforeEach
    void aMenuAndACustomer() {
        persistence = PostgresPersistence.startObserved(
                TestPostgres.freshDatabase(),
                EUR,
                ExecuteListener.onExecuteStart(ctx -> statements.incrementAndGet()),
                ExecuteListener.onExecuteEnd(ctx -> openAfter.add(open(ctx))));
        var pizza = persistence.menu().add(new NewCategory("Pizza", "", Optional.empty()));
        for (String dish : List.of("Margherita", "Cola")) {
            menu.add(persistence
                    .menu()
                    .add(new NewMenuItem(pizza.id(), dish, "", Money.of("4.10", EUR), Optional.empty())));
        }
        anna = persistence.customers().add(aCustomer(1).build()).id();
        session = persistence
                .sessions()
                .add(new NewSession(anna, TOKEN, T0.minusSeconds(60), T0.plusSeconds(3600), "test"));
    }

    @AfterEach
    void close() {
        other.shutdownNow();
        persistence.close();
    }

    @Test
    void theOrdersWritesAreOneStatementAfterTheClaim() {
        Order order =
                anOrder().by(anna).paidWith(PaymentMethod.CASH_ON_DELIVERY).build();
        statements.set(0);
        openAfter.clear();

        persistence.unitOfWork().inTransaction(() -> {
            assertThat(persistence.idempotencyKeys().claim(anna, "k", "f", T0, Duration.ofMinutes(1)))
                    .isInstanceOf(IdempotencyKeys.Claimed.class);
            place(order);
            return null;
        });

        assertThat(statements.get()).as("the claim, then every write at once").isEqualTo(2);
        assertThat(openAfter)
                .as("the writes' round trip ended the transaction: the COMMIT went with them")
                .containsExactly(true, false);
        assertThat(persistence.orders().byUid(order.uid())).contains(order);
        assertThat(persistence.payments().latestOf(order.uid()))
                .map(Payment::status)
                .contains(Payment.Status.PENDING);
        assertThat(persistence.eventFeed().after(0, 10, Set.of()))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.subject()).isEqualTo(order.uid().toString()));
        assertThat(persistence
                        .unitOfWork()
                        .inTransaction(
                                () -> persistence.idempotencyKeys().claim(anna, "k", "f", T0, Duration.ofMinutes(1))))
                .isEqualTo(new IdempotencyKeys.Completed(order.uid()));
    }

    @Test
    void theClaimThePricesAndTheKitchenQueueAreOneStatement_andTheWritesASecond() {
        Order order =
                anOrder().by(anna).paidWith(PaymentMethod.CASH_ON_DELIVERY).build();
        statements.set(0);

        PlacementReads.Placement placement = persistence.unitOfWork().inTransaction(() -> {
            PlacementReads.Placement read =
                    persistence.placementReads().claimAndRead(request("f")).orElseThrow();
            place(order);
            return read;
        });

        assertThat(statements.get())
                .as("the session and the claim with the reads, then every write at once")
                .isEqualTo(2);
        assertThat(placement.customer()).isEqualTo(anna);
        assertThat(placement.claim()).isInstanceOf(IdempotencyKeys.Claimed.class);
        assertThat(placement.items())
                .isEqualTo(Map.of(menu.get(0).id(), menu.get(0), menu.get(1).id(), menu.get(1)));
        assertThat(placement.kitchenQueue()).isZero();
        PlacementReads.Placement replay = persistence
                .unitOfWork()
                .inTransaction(() -> persistence.placementReads().claimAndRead(request("f")))
                .orElseThrow();
        assertThat(replay.claim()).isEqualTo(new IdempotencyKeys.Completed(order.uid()));
        assertThat(replay.kitchenQueue()).isEqualTo(persistence.orders().kitchenQueue(30));
        assertThat(persistence
                        .unitOfWork()
                        .inTransaction(() -> persistence.placementReads().claimAndRead(request("another body")))
                        .orElseThrow()
                        .claim())
                .isInstanceOf(IdempotencyKeys.Mismatch.class);
    }

    @Test
    void aKeyClaimedByAnOpenUnitOfWorkIsInFlightForTheReadsTogether() throws Exception {
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<IdempotencyKeys.Claim> first = CompletableFuture.supplyAsync(
                () -> persistence.unitOfWork().inTransaction(() -> {
                    IdempotencyKeys.Claim claim = persistence
                            .placementReads()
                            .claimAndRead(request("f"))
                            .orElseThrow()
                            .claim();
                    claimed.countDown();
                    await(finish);
                    return claim;
                }),
                other);
        await(claimed);

        assertThat(persistence
                        .unitOfWork()
                        .inTransaction(() -> persistence.placementReads().claimAndRead(request("f")))
                        .orElseThrow()
                        .claim())
                .as("answered at once, not after the first unit of work ends")
                .isInstanceOf(IdempotencyKeys.InFlight.class);

        finish.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void anEndedSessionsPlacementIsOneStatementThatClaimsAndLocksNothing() throws Exception {
        persistence.unitOfWork().inTransaction(() -> persistence.sessions().end(anna, session.id(), T0));
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        statements.set(0);
        CompletableFuture<Optional<PlacementReads.Placement>> refused = CompletableFuture.supplyAsync(
                () -> persistence.unitOfWork().inTransaction(() -> {
                    Optional<PlacementReads.Placement> placement =
                            persistence.placementReads().claimAndRead(request("f"));
                    read.countDown();
                    await(finish);
                    return placement;
                }),
                other);
        await(read);

        assertThat(statements.get())
                .as("the refused placement's one round trip")
                .isEqualTo(1);
        assertThat(persistence
                        .unitOfWork()
                        .inTransaction(
                                () -> persistence.idempotencyKeys().claim(anna, "k", "f", T0, Duration.ofMinutes(1))))
                .as("neither locked nor inserted while the refused unit of work is still open")
                .isInstanceOf(IdempotencyKeys.Claimed.class);
        finish.countDown();
        assertThat(refused.get(30, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aReadInTheUnitOfWorkSeesTheWritesBeforeIt() {
        Order order = anOrder().by(anna).build();

        Optional<Order> read = persistence.unitOfWork().inTransaction(() -> {
            persistence.orders().add(order);
            return persistence.orders().byUid(order.uid());
        });

        assertThat(read).contains(order);
    }

    @Test
    void aWriteThatFailsWhenSentRollsTheWholeUnitBack() {
        Order order =
                anOrder().by(anna).paidWith(PaymentMethod.CASH_ON_DELIVERY).build();
        Order unknownCustomer = anOrder().by(new CustomerId(999_999)).build();

        assertThatThrownBy(() -> persistence.unitOfWork().inTransaction(() -> {
            place(order);
            persistence.orders().add(unknownCustomer);
            return null;
        }));

        assertThat(persistence.orders().byUid(order.uid())).isEmpty();
        assertThat(persistence.payments().latestOf(order.uid())).isEmpty();
        assertThat(persistence.eventFeed().after(0, 10, Set.of())).isEmpty();
    }

    private static boolean open(ExecuteContext ctx) {
        try {
            return ctx.connection().unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
        } catch (SQLException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private PlacementReads.Request request(String fingerprint) {
        return new PlacementReads.Request(
                TOKEN,
                "k",
                fingerprint,
                T0,
                Duration.ofMinutes(1),
                Set.of(menu.get(0).id(), menu.get(1).id(), new MenuItemId(999)),
                30);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS))
                    .as("the other unit of work went on")
                    .isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private void place(Order order) {
        persistence.orders().add(order);
        persistence.eventLog().append(new OrderPlaced(order, T0));
        persistence.payments().add(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), T0));
        persistence.idempotencyKeys().complete(anna, "k", order.uid());
    }
}
