package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CourierPositions} promises; run against the fake and against PostgreSQL. */
public abstract class CourierPositionsContract {

    private OrderRepository orders;
    private CourierPositions positions;
    private CustomerId anna;

    /** Empty stores over the same data, the positions belonging to the repository's orders. */
    protected abstract Stores emptyStores();

    /**
     * @param orders    where the orders are written (with their customers)
     * @param positions the port under test
     */
    public record Stores(OrderRepositoryContract.Stores orders, CourierPositions positions) {}

    @BeforeEach
    void aCustomerOfTheOrders() {
        Stores stores = emptyStores();
        orders = stores.orders().orders();
        positions = stores.positions();
        anna = stores.orders().customers().add(aCustomer(1).build()).id();
    }

    @Test
    void theLatestPositionKeptIsTheOneReadBackWholeAndEachOrderHasItsOwn() {
        Order first = anOrder().by(anna).build();
        Order second = anOrder().by(anna).build();
        orders.add(first);
        orders.add(second);
        CourierPosition start = new CourierPosition(52.52, 13.405, T0, OptionalDouble.of(90), OptionalDouble.of(4.5));
        CourierPosition later =
                new CourierPosition(52.53, 13.41, T0.plusSeconds(30), OptionalDouble.empty(), OptionalDouble.empty());

        positions.keep(first.uid(), start);
        assertThat(positions.latest(first.uid())).contains(start);
        positions.keep(first.uid(), later);

        assertThat(positions.latest(first.uid())).contains(later);
        assertThat(positions.latest(second.uid())).isEmpty();
    }

    @Test
    void anOrderNobodyReportedForHasNoPositionAndIsNotShownOne() {
        Order order = anOrder().by(anna).build();
        orders.add(order);

        assertThat(positions.latest(order.uid())).isEmpty();
        assertThat(positions.shownWith(order)).isEmpty();
    }

    @Test
    void aPositionIsNotShownWithAnOrderThatIsNotOnItsWay() {
        Order order = anOrder().by(anna).build();
        orders.add(order);
        positions.keep(
                order.uid(), new CourierPosition(48.1, 11.6, T0, OptionalDouble.empty(), OptionalDouble.empty()));

        assertThat(order.status()).isNotEqualTo(OrderStatus.IN_DELIVERY);
        assertThat(positions.shownWith(order)).isEmpty();
    }
}
