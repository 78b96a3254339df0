package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order list and the order report read the database once each, whatever the page or order size. */
class OrderQueryCountTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final AtomicInteger statements = new AtomicInteger();
    private PostgresPersistence persistence;
    private CustomerId anna;
    private Order last;

    @BeforeEach
    void aCustomerWithThirtyOrders() {
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.incrementAndGet();
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
        statements.set(0);
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
}
