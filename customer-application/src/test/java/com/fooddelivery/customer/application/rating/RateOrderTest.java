package com.fooddelivery.customer.application.rating;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.event.OrderRated;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.rating.InMemoryOrderRatings;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateOrderTest {

    private static final Caller ANNA = new Caller(new CustomerId(1), new SessionId(1));
    private static final Caller BOB = new Caller(new CustomerId(2), new SessionId(2));

    private final MutableClock clock = new MutableClock(T0.plusSeconds(3000));
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryOrderRatings ratings = new InMemoryOrderRatings();
    private final InMemoryEventLog events = new InMemoryEventLog(new InMemoryCustomerRepository());
    private final RateOrder rateOrder = new RateOrder(orders, ratings, new InMemoryUnitOfWork(), clock, events);

    @Test
    void theOwnerRatesADeliveredOrderAndChangesTheRatingWithinSevenDaysEachTimeAnEvent() {
        Order order = deliveredOrderOf(ANNA);

        rateOrder.rate(RateOrder.Command.of(ANNA.customerId(), order.uid(), 5, 4, "  lovely "));
        clock.advance(Duration.ofDays(6));
        rateOrder.rate(RateOrder.Command.of(ANNA.customerId(), order.uid(), 1, 4, null));

        assertThat(ratings.of(order.uid())).hasValueSatisfying(rating -> {
            assertThat(rating.food()).isEqualTo(1);
            assertThat(rating.comment()).isEmpty();
        });
        assertThat(events.appended(OrderRated.class))
                .extracting(OrderRated::lowRating)
                .containsExactly(false, true);
        assertThat(events.appended(OrderRated.class).get(0).rating().comment()).isEqualTo("lovely");
    }

    @Test
    void anotherCustomerFindsNoOrderAndALateRatingIsAConflictAndNeitherChangesAnything() {
        Order order = deliveredOrderOf(ANNA);

        assertThatThrownBy(() -> rateOrder.rate(RateOrder.Command.of(BOB.customerId(), order.uid(), 5, 5, "")))
                .isInstanceOf(NotFoundException.class);
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> rateOrder.rate(RateOrder.Command.of(ANNA.customerId(), order.uid(), 5, 5, "")))
                .isInstanceOf(ConflictException.class);
        assertThat(ratings.of(order.uid())).isEmpty();
        assertThat(events.appended(OrderRated.class)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> RateOrder.Command.of(
                        ANNA.customerId(), deliveredOrderOf(ANNA).uid(), null, 9, "x".repeat(1001)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactlyInAnyOrder("food", "delivery", "comment"));
    }

    private Order deliveredOrderOf(Caller caller) {
        Order delivered = anOrder()
                .by(caller.customerId())
                .paidWith(PaymentMethod.CASH_ON_DELIVERY)
                .build()
                .apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60))
                .order()
                .apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(900))
                .order()
                .apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(1000))
                .order()
                .apply(OrderEvent.DELIVERED, T0.plusSeconds(2000))
                .order();
        orders.add(delivered);
        return delivered;
    }
}
