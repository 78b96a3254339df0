package com.fooddelivery.customer.domain.event;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderChangesTest {

    private static final Instant NOW = T0.plusSeconds(600);

    @Test
    void nothingChangedIsNoEvent() {
        Order order = anOrder().build();

        assertThat(OrderChanges.between(order, order, NOW)).isEmpty();
    }

    @Test
    void theKitchensStepsCarryTheirReportedTimesAndRevisedEstimatesTheirOwnEvent() {
        Order order = anOrder().build();
        Order cooking = order.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60))
                .order()
                .revise(new Estimates(T0.plusSeconds(900), T0.plusSeconds(1800)));
        Order ready =
                cooking.apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(700)).order();

        assertThat(OrderChanges.between(order, cooking, NOW))
                .containsExactly(
                        new CookingStarted(order.uid(), T0.plusSeconds(60)),
                        new EstimatesRevised(
                                order.uid(), new Estimates(T0.plusSeconds(900), T0.plusSeconds(1800)), NOW));
        assertThat(OrderChanges.between(cooking, ready, NOW))
                .containsExactly(new CookingFinished(order.uid(), T0.plusSeconds(700)));
    }

    @Test
    void aHeldCardIsPaidButNotCapturedCapturingPaysItAndLosingTheHoldFailsIt() {
        Order waiting = anOrder().paidWith(PaymentMethod.CARD).build();
        Order held = waiting.paymentSecured(false);

        assertThat(OrderChanges.between(waiting, held, NOW))
                .singleElement()
                .isEqualTo(new OrderPaid(waiting.uid(), PaymentMethod.CARD, waiting.total(), false, NOW));
        assertThat(OrderChanges.between(held, held.paymentCaptured(), NOW))
                .singleElement()
                .isEqualTo(new OrderPaid(waiting.uid(), PaymentMethod.CARD, waiting.total(), true, NOW));
        assertThat(OrderChanges.between(held, held.paymentHoldLost(), NOW))
                .singleElement()
                .isInstanceOf(PaymentFailed.class);
    }

    @Test
    void aPaidOrderCancelledAndRefundedIsARefundOfItsTotal() {
        Order paid = anOrder().paidWith(PaymentMethod.BANK_QR).build().paymentSecured(true);
        Order cancelled = paid.cancel(NOW);

        assertThat(OrderChanges.between(paid, cancelled, NOW))
                .as("the cancel is the use case's own event")
                .isEmpty();
        assertThat(OrderChanges.between(cancelled, cancelled.paymentRefunded(), NOW))
                .singleElement()
                .isEqualTo(new PaymentRefunded(paid.uid(), PaymentMethod.BANK_QR, paid.total(), NOW));
    }

    @Test
    void twoDifferentOrdersAreNoChange() {
        assertThatThrownBy(
                        () -> OrderChanges.between(anOrder().build(), anOrder().build(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
