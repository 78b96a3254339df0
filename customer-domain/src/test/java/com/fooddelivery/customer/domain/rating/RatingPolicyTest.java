package com.fooddelivery.customer.domain.rating;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingPolicyTest {

    private static final Instant DELIVERED_AT = T0.plusSeconds(2000);

    @Test
    void aDeliveredOrderMayBeRatedUntilSevenDaysAfterItsDeliveryAndNotAMomentLater() {
        Order delivered = delivered();

        assertThatCode(() -> RatingPolicy.check(delivered, DELIVERED_AT)).doesNotThrowAnyException();
        assertThatCode(() -> RatingPolicy.check(delivered, DELIVERED_AT.plus(Duration.ofDays(7))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RatingPolicy.check(
                        delivered, DELIVERED_AT.plus(Duration.ofDays(7)).plusNanos(1000)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOrderNotYetDeliveredOrCancelledIsNotRated() {
        Order placed = anOrder().paidWith(PaymentMethod.CASH_ON_DELIVERY).build();
        Order onTheRoad = placed.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60))
                .order()
                .apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(900))
                .order()
                .apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(1000))
                .order();

        for (Order order : new Order[] {placed, onTheRoad, placed.cancel(T0.plusSeconds(10))}) {
            assertThatThrownBy(() -> RatingPolicy.check(order, T0.plusSeconds(3000)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining(order.status().name());
        }
    }

    @Test
    void twoStarsOrFewerForEitherPartIsALowRatingAndStarsOutsideOneToFiveDoNotExist() {
        assertThat(new Rating(2, 5, "", T0).low()).isTrue();
        assertThat(new Rating(5, 2, "", T0).low()).isTrue();
        assertThat(new Rating(3, 3, "", T0).low()).isFalse();
        assertThatThrownBy(() -> new Rating(0, 5, "", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(5, 6, "", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rating(5, 5, "x".repeat(1001), T0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Order delivered() {
        return anOrder()
                .paidWith(PaymentMethod.CASH_ON_DELIVERY)
                .build()
                .apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60))
                .order()
                .apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(900))
                .order()
                .apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(1000))
                .order()
                .apply(OrderEvent.DELIVERED, DELIVERED_AT)
                .order();
    }
}
