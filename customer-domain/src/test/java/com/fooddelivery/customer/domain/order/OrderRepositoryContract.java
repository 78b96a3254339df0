package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OrderRepository} promises; run against the fake and against PostgreSQL. */
public abstract class OrderRepositoryContract {

    private OrderRepository orders;
    private CustomerId anna;
    private CustomerId bob;

    /** Empty order and customer stores over the same data; runs each test's work in a unit of work. */
    protected abstract Stores emptyStores();

    /**
     * @param customers for the orders' customers
     * @param orders    the repository under test
     */
    public record Stores(CustomerRepository customers, OrderRepository orders) {}

    @BeforeEach
    void twoCustomers() {
        Stores stores = emptyStores();
        orders = stores.orders();
        anna = stores.customers().add(aCustomer(1).build()).id();
        bob = stores.customers().add(aCustomer(2).build()).id();
    }

    @Test
    void anOrderComesBackWithEveryLineAndFieldAsStored() {
        Order order = anOrder().by(anna).paidWith(PaymentMethod.CARD).build();

        orders.add(order);

        assertThat(orders.byUid(order.uid())).contains(order);
        assertThat(orders.byUid(OrderUid.random())).isEmpty();
    }

    @Test
    void updatesKeepTheWholeTimeline() {
        Order order = anOrder().by(anna).build();
        orders.add(order);

        Order cooking =
                order.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60)).order();
        orders.update(cooking);
        Order onTheRoad = cooking.apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(600))
                .order()
                .revise(new Estimates(T0.plusSeconds(600), T0.plusSeconds(1200)));
        orders.update(onTheRoad);
        Order done = onTheRoad
                .apply(OrderEvent.DELIVERED, T0.plusSeconds(1100))
                .order()
                .apply(OrderEvent.PAYMENT_COLLECTED, T0.plusSeconds(1100))
                .order();
        orders.update(done);

        assertThat(orders.lockByUid(order.uid())).contains(done);
    }

    @Test
    void pagesAreNewestFirstAndCoverEveryOrderOnce() {
        List<Order> placed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Order order =
                    anOrder().by(anna).placedAt(T0.plus(Duration.ofMinutes(i))).build();
            orders.add(order);
            placed.add(0, order);
        }
        orders.add(anOrder().by(bob).build());

        List<OrderUid> seen = new ArrayList<>();
        Optional<OrderPage.Position> after = Optional.empty();
        do {
            OrderPage page = orders.page(anna, false, 3, after);
            assertThat(page.orders()).hasSizeLessThanOrEqualTo(3);
            page.orders().forEach(summary -> seen.add(summary.uid()));
            after = page.next();
        } while (after.isPresent());

        assertThat(seen)
                .containsExactlyElementsOf(placed.stream().map(Order::uid).toList());
    }

    @Test
    void aSummaryCarriesTotalsAndTheDeliveryEstimate() {
        Order order = anOrder().by(anna).build();
        orders.add(order);

        OrderSummary summary =
                orders.page(anna, false, 10, Optional.empty()).orders().get(0);

        assertThat(summary)
                .isEqualTo(new OrderSummary(
                        order.uid(),
                        order.status(),
                        order.timeline().registeredAt(),
                        order.total(),
                        order.itemCount(),
                        order.estimates().deliveryAt()));
        assertThat(orders.page(anna, false, 10, Optional.empty()).next()).isEmpty();
    }

    @Test
    void pendingLeavesOutDeliveredAndCancelled() {
        Order open = anOrder().by(anna).build();
        Order cancelled = anOrder().by(anna).build();
        orders.add(open);
        orders.add(cancelled);
        orders.update(cancelled.cancel(T0.plusSeconds(5)));

        assertThat(orders.page(anna, true, 10, Optional.empty()).orders())
                .extracting(OrderSummary::uid)
                .containsExactly(open.uid());
        assertThat(orders.page(anna, false, 10, Optional.empty()).orders()).hasSize(2);
    }

    @Test
    void theKitchenQueueCountsOrdersWaitingForOrInTheKitchen() {
        Order waiting = anOrder().by(anna).build();
        Order cooking = anOrder().by(anna).build();
        Order unpaid = anOrder().by(bob).paidWith(PaymentMethod.CARD).build();
        orders.add(waiting);
        orders.add(cooking);
        orders.add(unpaid);
        orders.update(cooking.apply(OrderEvent.COOKING_STARTED, T0).order());

        assertThat(orders.kitchenQueue()).isEqualTo(2);
    }

    @Test
    void theKitchenQueueIsCountedNoFurtherThanAsked() {
        for (int i = 0; i < 3; i++) {
            orders.add(anOrder().by(anna).build());
        }

        assertThat(orders.kitchenQueue(2)).isEqualTo(2);
        assertThat(orders.kitchenQueue(3)).isEqualTo(3);
        assertThat(orders.kitchenQueue(30)).isEqualTo(3);
        assertThat(orders.kitchenQueue(0)).isZero();
    }

    @Test
    void theUnpaidSweepFindsOnlyPrepaidOrdersStillAwaitingPaymentPlacedBeforeTheCutoff() {
        Order old = anOrder().by(anna).paidWith(PaymentMethod.CARD).placedAt(T0).build();
        Order oldButPaid =
                anOrder().by(anna).paidWith(PaymentMethod.BANK_QR).placedAt(T0).build();
        Order oldCash = anOrder().by(anna).placedAt(T0).build();
        Order young = anOrder()
                .by(bob)
                .paidWith(PaymentMethod.CARD)
                .placedAt(T0.plus(Duration.ofMinutes(40)))
                .build();
        orders.add(old);
        orders.add(oldButPaid);
        orders.add(oldCash);
        orders.add(young);
        orders.update(oldButPaid.paymentSecured(true));

        assertThat(orders.lockUnpaidPlacedBefore(T0.plus(Duration.ofMinutes(30)), 10))
                .containsExactly(old);
        assertThat(orders.lockUnpaidPlacedBefore(T0.plus(Duration.ofHours(1)), 1))
                .hasSize(1);
        assertThat(orders.lockUnpaidPlacedBefore(T0, 10))
                .as("the cutoff is exclusive")
                .isEmpty();
    }

    @Test
    void paymentStatusesRoundTrip() {
        Order qr = anOrder().by(anna).paidWith(PaymentMethod.BANK_QR).build();
        orders.add(qr);
        Order refunded = qr.paymentSecured(true).cancel(T0.plusSeconds(60)).paymentRefunded();
        orders.update(refunded);

        assertThat(orders.byUid(qr.uid())).contains(refunded);
    }
}
