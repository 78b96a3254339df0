package com.fooddelivery.customer.domain.token;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.shared.Money;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignedInReads} promises; run against the reads made from the in-memory fakes and
 * against PostgreSQL. The session is checked exactly as {@link SessionRepository#validByDigest} checks it.
 */
public abstract class SignedInReadsContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = T0.plus(Duration.ofMinutes(30));

    private Stores stores;
    private SignedInReads reads;
    private Customer anna;
    private Customer bob;
    private Session annasSession;
    private SessionToken annasToken;

    /** Empty stores over the same data, the reads seeing what the others wrote. */
    protected abstract Stores emptyStores();

    /**
     * @param customers accounts
     * @param sessions  sessions
     * @param orders    orders
     * @param payments  payment attempts
     * @param cards     linked cards
     * @param ratings   the orders' ratings
     * @param couriers  the couriers' positions
     * @param reads     the port under test
     */
    public record Stores(
            CustomerRepository customers,
            SessionRepository sessions,
            OrderRepository orders,
            PaymentRepository payments,
            LinkedCardRepository cards,
            OrderRatings ratings,
            CourierPositions couriers,
            SignedInReads reads) {}

    @BeforeEach
    void annaSignedInAndBob() {
        stores = emptyStores();
        reads = stores.reads();
        anna = stores.customers().add(aCustomer(1).build());
        bob = stores.customers().add(aCustomer(2).build());
        annasToken = SessionToken.generate(RANDOM);
        annasSession = stores.sessions()
                .add(new NewSession(anna.id(), annasToken.digest(), T0, T0.plus(Duration.ofHours(1)), "app/1.0"));
    }

    private Caller annaCalling() {
        return new Caller(anna.id(), annasSession.id());
    }

    @Test
    void theAccountComesWithTheCallerAndTheDefaultCard() {
        assertThat(reads.account(annasToken.digest(), NOW))
                .contains(new SignedIn<>(annaCalling(), new OwnAccount(anna, Optional.empty())));

        stores.cards().add(card(anna, "pm_1", false));
        LinkedCard chosen = stores.cards().add(card(anna, "pm_2", true)).orElseThrow();
        stores.cards().add(card(bob, "pm_3", true));

        assertThat(reads.account(annasToken.digest(), NOW))
                .contains(new SignedIn<>(annaCalling(), new OwnAccount(anna, Optional.of(chosen.id()))));
    }

    @Test
    void nothingIsReadForASessionThatIsNotValidNow() {
        Order order = anOrder().by(anna.id()).build();
        stores.orders().add(order);
        String digest = annasToken.digest();
        for (Instant at : new Instant[] {T0.minusSeconds(1), T0.plus(Duration.ofHours(1))}) {
            assertThat(reads.account(digest, at)).as("at %s", at).isEmpty();
            assertThat(reads.orderPage(digest, at, false, 20, Optional.empty())).isEmpty();
            assertThat(reads.order(digest, at, order.uid())).isEmpty();
        }
        String unknown = SessionToken.generate(RANDOM).digest();
        assertThat(reads.account(unknown, NOW)).isEmpty();
        assertThat(reads.orderPage(unknown, NOW, false, 20, Optional.empty())).isEmpty();
        assertThat(reads.order(unknown, NOW, order.uid())).isEmpty();
    }

    @Test
    void anEndedSessionReadsNothingFromTheNextReadOn() {
        Order order = anOrder().by(anna.id()).build();
        stores.orders().add(order);
        assertThat(reads.order(annasToken.digest(), NOW, order.uid())).isPresent();

        stores.sessions().end(anna.id(), annasSession.id(), NOW);

        assertThat(reads.account(annasToken.digest(), NOW)).isEmpty();
        assertThat(reads.orderPage(annasToken.digest(), NOW, false, 20, Optional.empty()))
                .isEmpty();
        assertThat(reads.order(annasToken.digest(), NOW, order.uid())).isEmpty();
    }

    @Test
    void thePageIsTheOneTheRepositoryReadsForTheSessionsCustomer() {
        for (int i = 0; i < 5; i++) {
            stores.orders()
                    .add(anOrder()
                            .by(anna.id())
                            .placedAt(T0.plus(Duration.ofMinutes(i)))
                            .build());
        }
        Order cancelled =
                anOrder().by(anna.id()).placedAt(T0.plus(Duration.ofMinutes(6))).build();
        stores.orders().add(cancelled);
        stores.orders().update(cancelled.cancel(T0.plus(Duration.ofMinutes(7))));
        stores.orders().add(anOrder().by(bob.id()).build());

        OrderPage first = stores.orders().page(anna.id(), false, 2, Optional.empty());
        assertThat(reads.orderPage(annasToken.digest(), NOW, false, 2, Optional.empty()))
                .contains(new SignedIn<>(annaCalling(), first));
        assertThat(reads.orderPage(annasToken.digest(), NOW, false, 2, first.next()))
                .contains(new SignedIn<>(annaCalling(), stores.orders().page(anna.id(), false, 2, first.next())));
        assertThat(reads.orderPage(annasToken.digest(), NOW, true, 100, Optional.empty()))
                .contains(new SignedIn<>(annaCalling(), stores.orders().page(anna.id(), true, 100, Optional.empty())))
                .hasValueSatisfying(page -> assertThat(page.value().orders()).hasSize(5));
    }

    @Test
    void aCustomerWithoutOrdersGetsAnEmptyPage() {
        stores.orders().add(anOrder().by(bob.id()).build());

        assertThat(reads.orderPage(annasToken.digest(), NOW, false, 20, Optional.empty()))
                .contains(new SignedIn<>(annaCalling(), new OrderPage(List.of(), Optional.empty())));
    }

    @Test
    void anOrderComesWithItsLatestPayment() {
        Order order =
                anOrder().by(anna.id()).paidWith(PaymentMethod.CASH_ON_DELIVERY).build();
        stores.orders().add(order);

        assertThat(reads.order(annasToken.digest(), NOW, order.uid()))
                .contains(new SignedIn<>(
                        annaCalling(),
                        Optional.of(new OwnOrder(order, Optional.empty(), Optional.empty(), Optional.empty()))));

        Payment first = Payment.atTheDoor(order.uid(), PaymentMethod.CASH_ON_DELIVERY, order.total(), T0);
        stores.payments().add(first);
        Payment latest =
                Payment.atTheDoor(order.uid(), PaymentMethod.CASH_ON_DELIVERY, order.total(), T0.plusSeconds(1));
        stores.payments().add(latest);

        assertThat(reads.order(annasToken.digest(), NOW, order.uid()))
                .hasValueSatisfying(read -> assertThat(read.value())
                        .hasValueSatisfying(own -> assertThat(own.payment())
                                .isEqualTo(stores.payments().latestOf(order.uid()))
                                .hasValueSatisfying(
                                        shown -> assertThat(shown.reference()).isEqualTo(latest.reference()))));
    }

    @Test
    void anOrdersLinesComeBackAsOrderedWhateverTheirNames() {
        Currency eur = Currency.getInstance("EUR");
        Order order = anOrder()
                .by(anna.id())
                .withLines(List.of(
                        new OrderLine(
                                new MenuItemId(1), "Pizza \"Quattro\" \\ Stagioni, [1/2]", Money.of("12.05", eur), 99),
                        new OrderLine(new MenuItemId(2), "Crème brûlée 🍮 tab\tend", Money.of("0.50", eur), 1),
                        new OrderLine(new MenuItemId(1), "", Money.of("1000.00", eur), 3)))
                .build();
        stores.orders().add(order);

        assertThat(own(order.uid()).order()).isEqualTo(order);
        assertThat(own(order.uid()).order().lines()).isEqualTo(order.lines());
    }

    @Test
    void theCourierShowsWhileTheOrderIsOnItsWayAndTheRatingOnceDelivered() {
        Order placed = anOrder().by(anna.id()).build();
        stores.orders().add(placed);
        Order onItsWay = placed.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60))
                .order()
                .apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(120))
                .order()
                .apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(180))
                .order();
        stores.orders().update(onItsWay);
        CourierPosition position =
                new CourierPosition(52.52, 13.405, T0.plusSeconds(200), OptionalDouble.of(90), OptionalDouble.empty());
        stores.couriers().keep(placed.uid(), position);

        assertThat(own(placed.uid()).courier()).contains(position);
        assertThat(own(placed.uid()).rating()).isEmpty();

        Order delivered =
                onItsWay.apply(OrderEvent.DELIVERED, T0.plusSeconds(600)).order();
        stores.orders().update(delivered);
        Rating rating = new Rating(5, 4, "warm", T0.plusSeconds(900));
        stores.ratings().save(placed.uid(), rating);

        assertThat(own(placed.uid()))
                .isEqualTo(new OwnOrder(delivered, Optional.empty(), Optional.of(rating), Optional.empty()));
    }

    @Test
    void anotherCustomersOrderIsNotFoundLikeAnUnknownOne() {
        Order bobs = anOrder().by(bob.id()).build();
        stores.orders().add(bobs);

        assertThat(reads.order(annasToken.digest(), NOW, bobs.uid()))
                .contains(new SignedIn<>(annaCalling(), Optional.empty()));
        assertThat(reads.order(annasToken.digest(), NOW, OrderUid.random()))
                .contains(new SignedIn<>(annaCalling(), Optional.empty()));
    }

    private OwnOrder own(OrderUid uid) {
        return reads.order(annasToken.digest(), NOW, uid).orElseThrow().value().orElseThrow();
    }

    private static NewLinkedCard card(Customer owner, String processorId, boolean isDefault) {
        return new NewLinkedCard(
                owner.id(),
                processorId,
                "cus_" + owner.id().value(),
                new CardSummary("VISA", "4242"),
                YearMonth.of(2030, 12),
                "",
                isDefault);
    }
}
