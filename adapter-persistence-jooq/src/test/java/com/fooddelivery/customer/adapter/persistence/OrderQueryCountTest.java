package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ResultQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The order list and the order report read the database once each, whatever the page or order size; and
 * so do the signed-in reads behind {@code GET /orders}, {@code GET /orders/{uid}} and {@code GET /customers/me},
 * the token check included (decision 0012; {@code SignedInReadsRoutesTest} shows those routes make no other read).
 */
class OrderQueryCountTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = T0.plusSeconds(10_000);

    private final AtomicInteger statements = new AtomicInteger();
    /** How many fields jOOQ was given to make its row type of, per statement (-1 for no result query). */
    private final List<Integer> rowTypeWidths = new CopyOnWriteArrayList<>();

    private PostgresPersistence persistence;
    private CustomerId anna;
    private Order last;
    private SessionToken token;

    @BeforeEach
    void aCustomerWithThirtyOrders() {
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.incrementAndGet();
                rowTypeWidths.add(ctx.query() instanceof ResultQuery<?> read ? read.fields().length : -1);
            }
        };
        persistence = PostgresPersistence.startObserved(TestPostgres.freshDatabase(), EUR, counter);
        var category = persistence.menu().add(new NewCategory("Pizza", "", Optional.empty()));
        persistence
                .menu()
                .add(new NewMenuItem(category.id(), "Margherita", "", Money.of("8.50", EUR), Optional.empty()));
        persistence.menu().add(new NewMenuItem(category.id(), "Cola", "", Money.of("2.20", EUR), Optional.empty()));
        anna = persistence.customers().add(aCustomer(1).build()).id();
        for (int i = 0; i < 30; i++) {
            last = anOrder().by(anna).placedAt(T0.plus(Duration.ofMinutes(i))).build();
            persistence.orders().add(last);
        }
        token = SessionToken.generate(new SecureRandom());
        persistence.sessions().add(new NewSession(anna, token.digest(), T0, T0.plus(Duration.ofDays(1)), "app"));
        statements.set(0);
        rowTypeWidths.clear();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 100})
    void aPageIsOneStatementWhateverItsSize(int limit) {
        OrderPage page = persistence.orders().page(anna, false, limit, Optional.empty());

        assertThat(page.orders()).hasSize(Math.min(limit, 30));
        assertThat(statements.get()).isEqualTo(1);
    }

    @Test
    void anOrderWithAllItsLinesIsOneStatement() {
        Optional<Order> found = persistence.orders().byUid(last.uid());

        assertThat(found).contains(last);
        assertThat(statements.get()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void aSignedInPageIsOneStatementWithTheTokenCheck(int limit) {
        var read = persistence.signedInReads().orderPage(token.digest(), NOW, false, limit, Optional.empty());

        assertThat(read)
                .hasValueSatisfying(page -> assertThat(page.value().orders()).hasSize(Math.min(limit, 30)));
        assertThat(statements.get()).isEqualTo(1);
        // Read by column: jOOQ builds no row type of the route's columns (the order has 47) on each execution.
        assertThat(rowTypeWidths).containsExactly(1);
    }

    @Test
    void aSignedInOrderWithItsPaymentRatingAndCourierIsOneStatement() {
        Order delivered = anOrder().by(anna).placedAt(T0.plusSeconds(3600)).build();
        persistence.orders().add(delivered);
        persistence
                .payments()
                .add(Payment.atTheDoor(delivered.uid(), PaymentMethod.CASH_ON_DELIVERY, delivered.total(), T0));
        for (OrderEvent step : OrderEvent.values()) {
            if (step != OrderEvent.PAYMENT_COLLECTED) {
                delivered = delivered.apply(step, T0.plusSeconds(7200)).order();
            }
        }
        persistence.orders().update(delivered);
        persistence.ratings().save(delivered.uid(), new Rating(5, 5, "", T0.plusSeconds(9000)));
        statements.set(0);
        rowTypeWidths.clear();

        var read = persistence.signedInReads().order(token.digest(), NOW, delivered.uid());

        assertThat(read.orElseThrow().value().orElseThrow().rating()).isPresent();
        assertThat(read.orElseThrow().value().orElseThrow().payment()).isPresent();
        assertThat(statements.get()).isEqualTo(1);
        // Read by column: jOOQ builds no row type of the route's columns (the order has 47) on each execution.
        assertThat(rowTypeWidths).containsExactly(1);
    }

    @Test
    void aSignedInAccountWithItsDefaultCardIsOneStatement() {
        persistence
                .linkedCards()
                .add(new NewLinkedCard(
                        anna, "pm_1", "cus_1", new CardSummary("VISA", "4242"), YearMonth.of(2030, 1), "", true));
        statements.set(0);
        rowTypeWidths.clear();

        var read = persistence.signedInReads().account(token.digest(), NOW);

        assertThat(read.orElseThrow().value().defaultCard()).isPresent();
        assertThat(statements.get()).isEqualTo(1);
        // Read by column: jOOQ builds no row type of the route's columns (the order has 47) on each execution.
        assertThat(rowTypeWidths).containsExactly(1);
    }
}
