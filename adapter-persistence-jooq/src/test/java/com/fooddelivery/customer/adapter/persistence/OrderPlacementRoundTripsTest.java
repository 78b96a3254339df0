package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.OrderPlaced;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order's writes (the order and its lines, its payment at the door, its key's completion and its event)
 * reach the database in one round trip, sent with the commit; what the unit of work reads still sees them.
 */
class OrderPlacementRoundTripsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final AtomicInteger statements = new AtomicInteger();
    private PostgresPersistence persistence;
    private CustomerId anna;

    @BeforeEach
    void aMenuAndACustomer() {
        persistence = PostgresPersistence.startObserved(
                TestPostgres.freshDatabase(), EUR, ExecuteListener.onExecuteStart(ctx -> statements.incrementAndGet()));
        var pizza = persistence.menu().add(new NewCategory("Pizza", "", Optional.empty()));
        for (String dish : List.of("Margherita", "Cola")) {
            persistence.menu().add(new NewMenuItem(pizza.id(), dish, "", Money.of("4.10", EUR), Optional.empty()));
        }
        anna = persistence.customers().add(aCustomer(1).build()).id();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void theOrdersWritesAreOneStatementAfterTheClaim() {
        Order order =
                anOrder().by(anna).paidWith(PaymentMethod.CASH_ON_DELIVERY).build();
        statements.set(0);

        persistence.unitOfWork().inTransaction(() -> {
            assertThat(persistence.idempotencyKeys().claim(anna, "k", "f", T0, Duration.ofMinutes(1)))
                    .isInstanceOf(IdempotencyKeys.Claimed.class);
            place(order);
            return null;
        });

        assertThat(statements.get()).as("the claim, then every write at once").isEqualTo(2);
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

    private void place(Order order) {
        persistence.orders().add(order);
        persistence.eventLog().append(new OrderPlaced(order, T0));
        persistence.payments().add(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), T0));
        persistence.idempotencyKeys().complete(anna, "k", order.uid());
    }
}
