package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OrderHistory} promises; run against the fake and against PostgreSQL. */
public abstract class OrderHistoryContract {

    private OrderRepository orders;
    private OrderHistory history;
    private CustomerId anna;
    private CustomerId bob;

    /** Empty stores over the same data, the history reading what the repository wrote. */
    protected abstract Stores emptyStores();

    /**
     * @param customers for the orders' customers
     * @param orders    where the orders are written
     * @param history   the port under test
     */
    public record Stores(CustomerRepository customers, OrderRepository orders, OrderHistory history) {}

    @BeforeEach
    void twoCustomers() {
        Stores stores = emptyStores();
        orders = stores.orders();
        history = stores.history();
        anna = stores.customers().add(aCustomer(1).build()).id();
        bob = stores.customers().add(aCustomer(2).build()).id();
    }

    @Test
    void theNewestOrdersOfTheCustomerComeWholeNewestFirstUpToTheLimit() {
        List<Order> newestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Order order =
                    anOrder().by(anna).placedAt(T0.plus(Duration.ofMinutes(i))).build();
            orders.add(order);
            newestFirst.add(0, order);
        }
        orders.add(anOrder().by(bob).build());

        assertThat(history.newestOf(anna, false, 10)).containsExactlyElementsOf(newestFirst);
        assertThat(history.newestOf(anna, false, 3)).containsExactlyElementsOf(newestFirst.subList(0, 3));
    }

    @Test
    void pendingOnlyLeavesOutFinishedOrders() {
        Order open = anOrder().by(anna).build();
        Order cancelled = anOrder().by(anna).placedAt(T0.plusSeconds(60)).build();
        orders.add(open);
        orders.add(cancelled);
        orders.update(cancelled.cancel(T0.plusSeconds(120)));

        assertThat(history.newestOf(anna, true, 10)).containsExactly(open);
        assertThat(history.newestOf(anna, false, 10)).hasSize(2);
    }

    @Test
    void aCustomerWithoutOrdersHasAnEmptyHistory() {
        orders.add(anOrder().by(anna).build());

        assertThat(history.newestOf(bob, false, 10)).isEmpty();
    }
}
