package com.fooddelivery.customer.domain.order;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** The order's life: placed, cooked, delivered, paid, or cancelled in time. */
class OrderTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void payOnDeliveryGoesStraightToTheKitchenAndPrepaidWaitsForTheMoney() {
        assertThat(anOrder().paidWith(PaymentMethod.CASH_ON_DELIVERY).build().status())
                .isEqualTo(OrderStatus.PROCESSING);
        assertThat(anOrder().paidWith(PaymentMethod.POS_ON_DELIVERY).build().status())
                .isEqualTo(OrderStatus.PROCESSING);
        assertThat(anOrder().paidWith(PaymentMethod.BANK_QR).build().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(anOrder().paidWith(PaymentMethod.CARD).build().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void theTotalIsTheExactSumOfTheLines() {
        Order order = anOrder()
                .withLines(List.of(
                        new OrderLine(new MenuItemId(1), "Tea", Money.of("0.10", EUR), 3),
                        new OrderLine(new MenuItemId(2), "Cake", Money.of("0.20", EUR), 1)))
                .build();

        assertThat(order.total()).isEqualTo(Money.of("0.50", EUR));
        assertThat(order.itemCount()).isEqualTo(4);
    }

    @Test
    void theKitchenAndCourierMoveItForwardRecordingEachTime() {
        Order order = anOrder().build();

        Order cooking =
                order.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(60)).order();
        Order ready =
                cooking.apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(900)).order();
        Order onTheRoad =
                ready.apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(1000)).order();
        Order delivered =
                onTheRoad.apply(OrderEvent.DELIVERED, T0.plusSeconds(2000)).order();

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.timeline().cookingStartedAt()).contains(T0.plusSeconds(60));
        assertThat(delivered.timeline().cookingFinishedAt()).contains(T0.plusSeconds(900));
        assertThat(delivered.timeline().deliveryStartedAt()).contains(T0.plusSeconds(1000));
        assertThat(delivered.timeline().deliveredAt()).contains(T0.plusSeconds(2000));
        assertThat(delivered.status().pending()).isFalse();
    }

    @Test
    void aStepCannotBeDatedBeforeTheOrderWasRegisteredOrBeforeThePreviousStep() {
        Order order = anOrder().placedAt(T0).build();
        Order cooking =
                order.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(600)).order();

        assertThat(fieldErrorOf(() -> order.apply(OrderEvent.COOKING_STARTED, T0.minus(Duration.ofDays(800)))))
                .isEqualTo(new FieldError(
                        "at", "must not be before the order's previous step, its registration at " + T0));
        assertThat(fieldErrorOf(() -> cooking.apply(OrderEvent.COOKING_FINISHED, T0.plusSeconds(599))))
                .isEqualTo(new FieldError(
                        "at",
                        "must not be before the order's previous step, the last one reported at "
                                + T0.plusSeconds(600)));
        Order onTheRoad =
                cooking.apply(OrderEvent.DELIVERY_STARTED, T0.plusSeconds(600)).order();
        assertThat(fieldErrorOf(() -> onTheRoad.apply(OrderEvent.DELIVERED, T0.plusSeconds(60))))
                .extracting(FieldError::field)
                .isEqualTo("at");
        assertThat(onTheRoad.timeline().lastStepAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void estimatesCannotPutTheFoodBeforeTheOrder() {
        Order order = anOrder().placedAt(T0).build();

        assertThat(fieldErrorOf(() -> order.revise(new Estimates(T0.minusSeconds(1), T0.plusSeconds(600)))))
                .isEqualTo(new FieldError("estimatedReadyAt", "must not be before the order was registered, at " + T0));
        assertThat(order.revise(new Estimates(T0, T0)).estimates()).isEqualTo(new Estimates(T0, T0));
    }

    @Test
    void anOrderCostingMoreThanTheLargestAmountIsRefused() {
        Money highest = new Money(Order.HIGHEST_UNIT_PRICE, EUR);
        List<OrderLine> largest = IntStream.rangeClosed(1, Order.MAX_LINES)
                .mapToObj(id -> new OrderLine(new MenuItemId(id), "Caviar", highest, OrderLine.MAX_QUANTITY))
                .toList();
        List<OrderLine> tooLarge = IntStream.rangeClosed(1, Order.MAX_LINES)
                .mapToObj(id -> new OrderLine(
                        new MenuItemId(id), "Caviar", Money.of("2020202.03", EUR), OrderLine.MAX_QUANTITY))
                .toList();

        assertThat(Order.HIGHEST_UNIT_PRICE).isEqualByComparingTo("2020202.02");
        assertThat(anOrder().withLines(largest).build().total().amount()).isLessThanOrEqualTo(Money.LARGEST);
        assertThat(fieldErrorOf(() -> anOrder().withLines(tooLarge).build()))
                .isEqualTo(new FieldError(
                        "items",
                        "add up to 10000000048.50, more than one order may cost " + "(9999999999.99); order fewer"));
    }

    private static FieldError fieldErrorOf(ThrowableAssert.ThrowingCallable call) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, call);
        assertThat(failure).as("refused").isNotNull();
        assertThat(failure.errors()).hasSize(1);
        return failure.errors().get(0);
    }

    @Test
    void aRepeatedReportChangesNothing() {
        Order cooking = anOrder().build().apply(OrderEvent.COOKING_STARTED, T0).order();

        Order.Transition again = cooking.apply(OrderEvent.COOKING_STARTED, T0.plusSeconds(30));

        assertThat(again.changed()).isFalse();
        assertThat(again.order()).isEqualTo(cooking);
    }

    @Test
    void stepsCannotBeSkippedOrReversed() {
        Order order = anOrder().build();

        assertThatThrownBy(() -> order.apply(OrderEvent.DELIVERED, T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> order.apply(OrderEvent.DELIVERY_STARTED, T0)).isInstanceOf(ConflictException.class);
        Order unpaid = anOrder().paidWith(PaymentMethod.CARD).build();
        assertThatThrownBy(() -> unpaid.apply(OrderEvent.COOKING_STARTED, T0))
                .as("the kitchen never sees an unpaid prepaid order")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void cancellingIsPossibleOnlyBeforeTheKitchenStarts() {
        Order order = anOrder().build();

        Order cancelled = order.cancel(T0.plusSeconds(10));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.timeline().cancelledAt()).contains(T0.plusSeconds(10));
        assertThat(anOrder().paidWith(PaymentMethod.CARD).build().cancel(T0).status())
                .isEqualTo(OrderStatus.CANCELLED);

        Order cooking = order.apply(OrderEvent.COOKING_STARTED, T0).order();
        assertThatThrownBy(() -> cooking.cancel(T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.cancel(T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.apply(OrderEvent.COOKING_STARTED, T0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void cashIsCollectedOnceAndOnlyForPayOnDelivery() {
        Order cash = anOrder().paidWith(PaymentMethod.CASH_ON_DELIVERY).build();

        Order paid = cash.apply(OrderEvent.PAYMENT_COLLECTED, T0).order();
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.apply(OrderEvent.PAYMENT_COLLECTED, T0).changed()).isFalse();
        assertThatThrownBy(() -> anOrder().paidWith(PaymentMethod.CARD).build().apply(OrderEvent.PAYMENT_COLLECTED, T0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCardHoldLostBeforeCookingSendsTheOrderBackToWaitForItsMoney() {
        Order held = anOrder().paidWith(PaymentMethod.CARD).build().paymentSecured(false);

        Order waiting = held.paymentHoldLost();

        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(waiting.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(waiting.paymentSecured(false).status())
                .as("and may be paid again")
                .isEqualTo(OrderStatus.PROCESSING);
        Order cooking = held.apply(OrderEvent.COOKING_STARTED, T0).order().paymentCaptured();
        assertThatThrownBy(cooking::paymentHoldLost).isInstanceOf(ConflictException.class);
        assertThatThrownBy(waiting::paymentHoldLost).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> held.cancel(T0).paymentHoldLost()).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> anOrder()
                        .paidWith(PaymentMethod.BANK_QR)
                        .build()
                        .paymentSecured(true)
                        .paymentHoldLost())
                .as("money that arrived is not lost")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> anOrder()
                        .paidWith(PaymentMethod.CASH_ON_DELIVERY)
                        .build()
                        .paymentHoldLost())
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void estimatesGrowWithTheQueueUpToTheCap() {
        EstimatePolicy policy = EstimatePolicy.DEFAULT;

        assertThat(policy.estimate(T0, 0))
                .isEqualTo(new Estimates(T0.plus(Duration.ofMinutes(20)), T0.plus(Duration.ofMinutes(45))));
        assertThat(policy.estimate(T0, 5).readyAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(policy.estimate(T0, 10_000).readyAt()).isEqualTo(T0.plus(Duration.ofMinutes(80)));
    }

    @Test
    void theQueueStopsCountingWhereTheEstimateReachesItsCap() {
        EstimatePolicy policy = EstimatePolicy.DEFAULT;
        EstimatePolicy uneven = new EstimatePolicy(
                Duration.ofMinutes(20), Duration.ofMinutes(7), Duration.ofMinutes(60), Duration.ofMinutes(25));

        assertThat(policy.queueThatCounts()).isEqualTo(30);
        assertThat(policy.estimate(T0, 29)).isNotEqualTo(policy.estimate(T0, 30));
        assertThat(policy.estimate(T0, 30)).isEqualTo(policy.estimate(T0, 10_000));
        assertThat(uneven.queueThatCounts()).isEqualTo(9);
        assertThat(uneven.estimate(T0, 8)).isNotEqualTo(uneven.estimate(T0, 9));
        assertThat(uneven.estimate(T0, 9)).isEqualTo(uneven.estimate(T0, 10_000));
        assertThat(new EstimatePolicy(
                                Duration.ofMinutes(20), Duration.ZERO, Duration.ofMinutes(60), Duration.ofMinutes(25))
                        .queueThatCounts())
                .isZero();
    }

    @Test
    void finishedOrdersKeepTheirEstimates() {
        Order cancelled = anOrder().build().cancel(T0);

        assertThatThrownBy(() -> cancelled.revise(new Estimates(T0, T0))).isInstanceOf(ConflictException.class);
    }
}
