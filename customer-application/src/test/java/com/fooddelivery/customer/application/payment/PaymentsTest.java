package com.fooddelivery.customer.application.payment;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fooddelivery.customer.application.order.CancelOrder;
import com.fooddelivery.customer.application.order.FinishCaptures;
import com.fooddelivery.customer.application.order.RecordOrderEvent;
import com.fooddelivery.customer.domain.card.CardExpiredException;
import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.event.CancelledBy;
import com.fooddelivery.customer.domain.event.CookingStarted;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.event.OrderCancelled;
import com.fooddelivery.customer.domain.event.OrderPaid;
import com.fooddelivery.customer.domain.event.PaymentActionRequired;
import com.fooddelivery.customer.domain.event.PaymentFailed;
import com.fooddelivery.customer.domain.event.PaymentRefunded;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentTimeout;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The payment use cases and the order flows they hook into, on in-memory fakes of every port. */
class PaymentsTest {

    private static final CardSource.Card VISA = new CardSource.Card("4242424242424242", 12, 2030, "123", "Anna Smith");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryEventLog events = new InMemoryEventLog(new InMemoryCustomerRepository());
    private final FakeCardProcessor cards = new FakeCardProcessor();
    private final InMemoryLinkedCardRepository linkedCards = new InMemoryLinkedCardRepository();
    private final FakeBankQrIssuer bank = new FakeBankQrIssuer();
    /** The processor as the use cases that must never call it inside a unit of work see it. */
    private final OutsideTransactionsCardProcessor outsideTransactions =
            new OutsideTransactionsCardProcessor(cards, unitOfWork);

    private final OutsideTransactionsBankQrIssuer outsideTransactionsBank =
            new OutsideTransactionsBankQrIssuer(bank, unitOfWork);

    private final CancellationSettlement settlement = new CancellationSettlement(
            orders, payments, outsideTransactions, Optional.of(outsideTransactionsBank), unitOfWork, clock, events);
    private final PayOrder payOrder = new PayOrder(
            orders,
            payments,
            outsideTransactions,
            Optional.of(outsideTransactionsBank),
            unitOfWork,
            clock,
            events,
            linkedCards);
    private final CancelOrder cancelOrder = new CancelOrder(orders, settlement, unitOfWork, clock, events);
    private final RecordOrderEvent recordEvent =
            new RecordOrderEvent(orders, payments, outsideTransactions, unitOfWork, clock, events);
    private final ApplyPaymentCallback callback = new ApplyPaymentCallback(
            orders,
            payments,
            new FakePaymentNoticeVerifier(),
            outsideTransactions,
            Optional.of(outsideTransactionsBank),
            unitOfWork,
            clock,
            events);
    private final ExpireUnpaidOrders expire = new ExpireUnpaidOrders(
            orders, settlement, unitOfWork, new PaymentTimeout(Duration.ofMinutes(30)), clock, events);
    private final FinishCaptures finishCaptures =
            new FinishCaptures(orders, payments, outsideTransactions, unitOfWork, clock, events);
    private final Caller anna = new Caller(new CustomerId(1), new SessionId(1));
    private final CompletePayment completePayment =
            new CompletePayment(orders, payments, outsideTransactions, unitOfWork, clock, events);

    private Order placed(PaymentMethod method) {
        Order order = anOrder()
                .by(anna.customerId())
                .paidWith(method)
                .placedAt(clock.instant())
                .build();
        orders.add(order);
        return order;
    }

    /**
     * The customer cancels while the processor authorises the card, and the processor does not
     * answer the release of the hold it just granted.
     */
    private Payment cancelledWhileHeldWithTheReleaseUnanswered(Order order) {
        cards.nextRelease = FakeCardProcessor.Next.NO_ANSWER;
        cancelledWhileCharging(order);
        assertThatThrownBy(() -> pay(order, "k1", VISA)).isInstanceOf(PaymentGatewayException.class);
        return payments.latestOf(order.uid()).orElseThrow();
    }

    /** The customer cancels {@code order} while the processor works on the next authorisation. */
    private void cancelledWhileCharging(Order order) {
        cards.during = () -> {
            cards.during = () -> {};
            cancelOrder.cancel(anna.customerId(), order.uid());
        };
    }

    private PayOrder.Result pay(Order order, String key, PaymentCard source) {
        return payOrder.pay(new PayOrder.Command(anna, order.uid(), key, Optional.ofNullable(source)));
    }

    private Order stored(Order order) {
        return orders.byUid(order.uid()).orElseThrow();
    }

    private void event(Order order, OrderEvent event) {
        recordEvent.record(
                new RecordOrderEvent.Command(order.uid(), event, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** The kitchen's capture runs after the commit that makes the payment CAPTURING (decision 0014). */
    @Nested
    class CaptureAfterTheCommit {

        private Payment capturing(Order order) {
            return payments.latestOf(order.uid())
                    .filter(payment -> payment.status() == Payment.Status.CAPTURING)
                    .orElseThrow();
        }

        private void cancel(Order order) {
            cancelOrder.cancel(anna.customerId(), order.uid());
        }

        /** Pays {@code order} by card, then the kitchen starts and the processor leaves the capture unanswered. */
        private Payment heldWithTheCaptureUnanswered(Order order) {
            Payment held = pay(order, "k1", VISA).payment();
            cards.nextCapture = FakeCardProcessor.Next.NO_ANSWER;
            assertThatThrownBy(() -> event(order, OrderEvent.COOKING_STARTED))
                    .isInstanceOf(PaymentGatewayException.class);
            return held;
        }

        @Test
        void aCancelArrivingWhileTheProcessorCapturesLosesAndChangesNothing() {
            Order order = placed(PaymentMethod.CARD);
            pay(order, "k1", VISA);
            List<String> seenDuringCapture = new ArrayList<>();
            cards.duringCapture = () -> {
                cards.duringCapture = () -> {};
                seenDuringCapture.add(
                        capturing(order).status() + " " + stored(order).status());
                assertThatThrownBy(() -> cancel(order))
                        .isInstanceOf(ConflictException.class)
                        .hasMessageContaining("being captured");
            };

            event(order, OrderEvent.COOKING_STARTED);

            assertThat(seenDuringCapture)
                    .as("the capture was committed before the processor was asked")
                    .containsExactly("CAPTURING PROCESSING");
            assertThat(stored(order).status()).isEqualTo(OrderStatus.COOKING);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PAID);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "capture 19.20 EUR");
            assertThat(events.appended(OrderCancelled.class)).isEmpty();
            assertThat(events.appended(OrderPaid.class))
                    .extracting(OrderPaid::captured)
                    .containsExactly(false, true);
            assertThatThrownBy(() -> cancel(order)).isInstanceOf(ConflictException.class);
        }

        @Test
        void aCaptureLeftUnansweredStaysOwedRefusesTheCancelAndTheKitchensRetryTakesTheMoneyOnce() {
            Order order = placed(PaymentMethod.CARD);

            Payment held = heldWithTheCaptureUnanswered(order);

            assertThat(capturing(order).providerReference()).isEqualTo(held.providerReference());
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThatThrownBy(() -> cancel(order)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> pay(order, "k2", VISA))
                    .as("no second attempt beside a capture under way")
                    .isInstanceOf(ConflictException.class);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(events.appended(OrderCancelled.class)).isEmpty();

            cards.nextCapture = FakeCardProcessor.Next.APPROVE;
            event(order, OrderEvent.COOKING_STARTED);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.COOKING);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "capture 19.20 EUR");
            assertThat(cards.calls)
                    .filteredOn(call -> call.startsWith("capture"))
                    .as("asked twice, taken once under the one key")
                    .hasSize(2);
        }

        @Test
        void aNoticeAboutAPaymentBeingCapturedWaitsForTheCapturesAnswer() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = heldWithTheCaptureUnanswered(order);
            byte[] canceled = FakePaymentNoticeVerifier.cardBody("evt1", held.reference(), "CANCELLED");

            assertThatThrownBy(() -> callback.apply("stripe", "good", canceled)).isInstanceOf(ConflictException.class);

            assertThat(capturing(order).status()).isEqualTo(Payment.Status.CAPTURING);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            cards.nextCapture = FakeCardProcessor.Next.DECLINE;
            assertThatThrownBy(() -> event(order, OrderEvent.COOKING_STARTED)).isInstanceOf(ConflictException.class);
            assertThat(callback.apply("stripe", "good", canceled).applied())
                    .as("redelivered once the capture's answer is recorded, the notice applies")
                    .isTrue();
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        }

        @Test
        void theSweepFinishesACaptureAStoppedServiceLeftBehindAsTheKitchensReportWouldHave() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = pay(order, "k1", VISA).payment();
            clock.advance(Duration.ofMinutes(1));
            // The service commits CAPTURING, the processor takes the money, and the service stops before recording it.
            cards.duringCapture = () -> {
                cards.duringCapture = () -> {};
                cards.capture(
                        held.providerReference().orElseThrow(),
                        held.amount(),
                        held.reference().captureKey());
                throw new PaymentGatewayException("the service stopped");
            };
            assertThatThrownBy(() -> event(order, OrderEvent.COOKING_STARTED))
                    .isInstanceOf(PaymentGatewayException.class);
            Instant committed = capturing(order).updatedAt();

            clock.advance(FinishCaptures.LEFT_BEHIND_AFTER.minusSeconds(1));
            assertThat(finishCaptures.finish()).as("perhaps still under way").isZero();
            assertThat(capturing(order).status()).isEqualTo(Payment.Status.CAPTURING);

            clock.advance(Duration.ofSeconds(2));
            assertThat(finishCaptures.finish()).isEqualTo(1);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.COOKING);
            assertThat(stored(order).timeline().cookingStartedAt())
                    .as("cooking started when the kitchen's report was committed")
                    .contains(committed);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PAID);
            assertThat(cards.moneyMoved).as("taken once").containsExactly("hold 19.20 EUR", "capture 19.20 EUR");
            assertThat(events.appended(CookingStarted.class)).hasSize(1);
            assertThat(events.appended(OrderPaid.class))
                    .extracting(OrderPaid::captured)
                    .containsExactly(false, true);
            assertThat(finishCaptures.finish()).isZero();
            event(order, OrderEvent.COOKING_STARTED);
            assertThat(cards.moneyMoved)
                    .as("the kitchen's late retry takes nothing more")
                    .hasSize(2);
        }

        @Test
        void aCaptureTheSweepFindsRefusedKeepsTheHoldAndTheOrderWhichMayThenBeCancelled() {
            Order order = placed(PaymentMethod.CARD);
            heldWithTheCaptureUnanswered(order);
            clock.advance(FinishCaptures.LEFT_BEHIND_AFTER.plusSeconds(1));

            cards.nextCapture = FakeCardProcessor.Next.NO_ANSWER;
            assertThat(finishCaptures.finish())
                    .as("still unanswered: left for the next run")
                    .isZero();
            cards.nextCapture = FakeCardProcessor.Next.DECLINE;
            assertThat(finishCaptures.finish()).isEqualTo(1);

            Payment refused = payments.latestOf(order.uid()).orElseThrow();
            assertThat(refused.status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(refused.failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("refused to capture"));
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(events.appended(PaymentFailed.class)).hasSize(1);

            cancel(order);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "void");
        }
    }

    @Nested
    class ByCard {

        @Test
        void anAuthorisationSendsTheOrderToTheKitchenAndCookingCapturesIt() {
            Order order = placed(PaymentMethod.CARD);

            PayOrder.Result result = pay(order, "k1", VISA);

            assertThat(result.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(result.payment().card()).contains(new CardSummary("VISA", "4242"));
            assertThat(result.order().status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(order).paymentStatus()).as("held, not taken").isEqualTo(PaymentStatus.PENDING);

            event(order, OrderEvent.COOKING_STARTED);

            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PAID);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "capture 19.20 EUR");
        }

        @Test
        void aRetryWithTheSameKeyAnswersAsTheFirstAndChargesOnce() {
            Order order = placed(PaymentMethod.CARD);
            PayOrder.Result first = pay(order, "k1", VISA);

            PayOrder.Result again = pay(order, "k1", VISA);

            assertThat(again.replayed()).isTrue();
            assertThat(again.payment()).isEqualTo(first.payment());
            assertThat(cards.calls)
                    .containsExactly("authorize " + first.payment().reference());
            assertThat(payments.ofOrder(order.uid())).hasSize(1);
        }

        @Test
        void theSameKeyWithAnotherCardIsRefused() {
            Order order = placed(PaymentMethod.CARD);
            pay(order, "k1", VISA);

            assertThatThrownBy(() ->
                            pay(order, "k1", new CardSource.Card("5555555555554444", 12, 2030, "123", "Anna Smith")))
                    .isInstanceOf(IdempotencyKeyReusedException.class);
        }

        @Test
        void aDeclineFailsTheAttemptKeepsTheOrderWaitingAndANewKeyMayTryAgain() {
            Order order = placed(PaymentMethod.CARD);
            cards.next = FakeCardProcessor.Next.DECLINE;

            PayOrder.Result declined = pay(order, "k1", VISA);

            assertThat(declined.payment().status()).isEqualTo(Payment.Status.FAILED);
            assertThat(declined.payment().failureReason()).contains("card_declined");
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

            cards.next = FakeCardProcessor.Next.APPROVE;
            assertThat(pay(order, "k1", VISA).payment().status())
                    .as("the key keeps its answer")
                    .isEqualTo(Payment.Status.FAILED);
            assertThat(pay(order, "k2", VISA).payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(payments.ofOrder(order.uid()))
                    .extracting(Payment::status)
                    .containsExactly(Payment.Status.FAILED, Payment.Status.AUTHORIZED);
        }

        @Test
        void anUnansweredCallLeavesThePaymentPendingAndTheRetryUsesTheSameProcessorKey() {
            Order order = placed(PaymentMethod.CARD);
            cards.next = FakeCardProcessor.Next.NO_ANSWER;

            assertThatThrownBy(() -> pay(order, "k1", VISA)).isInstanceOf(PaymentGatewayException.class);
            Payment pending = payments.latestOf(order.uid()).orElseThrow();
            assertThat(pending.status()).isEqualTo(Payment.Status.PENDING);
            assertThat(pending.failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("retry"));
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThatThrownBy(() -> pay(order, "k2", VISA))
                    .as("no second attempt beside a pending one")
                    .isInstanceOf(ConflictException.class);

            cards.next = FakeCardProcessor.Next.APPROVE;
            PayOrder.Result retried = pay(order, "k1", VISA);

            assertThat(retried.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(cards.calls)
                    .containsExactly("authorize " + pending.reference(), "authorize " + pending.reference());
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR");
        }

        @Test
        void aCancelBeforeCookingReleasesTheHoldInsteadOfMovingMoney() {
            Order order = placed(PaymentMethod.CARD);
            pay(order, "k1", VISA);

            Order cancelled = cancelOrder.cancel(anna.customerId(), order.uid());

            assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
            Payment payment = payments.latestOf(order.uid()).orElseThrow();
            assertThat(payment.status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(payment.failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("released"));
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "void");
        }

        @Test
        void aCancelAsksTheProcessorOnlyOnceItsTransactionHasCommitted() {
            Order order = placed(PaymentMethod.CARD);
            pay(order, "k1", VISA);
            List<String> seen = new ArrayList<>();
            cards.duringSettlement = () -> seen.add((unitOfWork.isOpen() ? "inside" : "outside")
                    + " a transaction, order " + stored(order).status() + ", payment "
                    + payments.latestOf(order.uid()).orElseThrow().status());

            cancelOrder.cancel(anna.customerId(), order.uid());

            assertThat(seen).containsExactly("outside a transaction, order CANCELLED, payment RELEASING");
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
        }

        @Test
        void aCancelWhoseReleaseGoesUnansweredStandsAndTheNextCancelAsksAgain() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = pay(order, "k1", VISA).payment();
            cards.nextRelease = FakeCardProcessor.Next.NO_ANSWER;

            assertThatThrownBy(() -> cancelOrder.cancel(anna.customerId(), order.uid()))
                    .isInstanceOf(PaymentGatewayException.class);

            assertThat(stored(order).status()).as("the cancel won and stays").isEqualTo(OrderStatus.CANCELLED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.RELEASING);
            assertThatThrownBy(() -> event(order, OrderEvent.COOKING_STARTED)).isInstanceOf(ConflictException.class);

            cards.nextRelease = FakeCardProcessor.Next.APPROVE;
            Order again = cancelOrder.cancel(anna.customerId(), order.uid());

            assertThat(again.status()).isEqualTo(OrderStatus.CANCELLED);
            Payment released = payments.latestOf(order.uid()).orElseThrow();
            assertThat(released.status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(released.failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("released"));
            assertThat(cards.calls)
                    .containsExactly(
                            "authorize " + held.reference(),
                            "void auth_" + held.reference(),
                            "void auth_" + held.reference());
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "void");
            assertThatThrownBy(() -> cancelOrder.cancel(anna.customerId(), order.uid()))
                    .as("settled, a further cancel is the plain conflict it always was")
                    .isInstanceOf(ConflictException.class);
            assertThat(events.appended(OrderCancelled.class))
                    .as("cancelled once")
                    .hasSize(1);
        }

        @Test
        void anOrderCancelledWhileTheProcessorWorksGetsItsHoldReleased() {
            Order order = placed(PaymentMethod.CARD);
            cancelledWhileCharging(order);

            assertThatThrownBy(() -> pay(order, "k1", VISA)).isInstanceOf(ConflictException.class);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "void");
        }

        @Test
        void theHoldOfAnOrderCancelledWhileTheProcessorWorksIsReleasedOnlyOnceItsReleaseIsCommitted() {
            Order order = placed(PaymentMethod.CARD);
            List<String> seen = new ArrayList<>();
            cards.duringSettlement = () -> seen.add((unitOfWork.isOpen() ? "inside" : "outside")
                    + " a transaction, order " + stored(order).status() + ", payment "
                    + payments.latestOf(order.uid()).orElseThrow().status());
            cancelledWhileCharging(order);

            assertThatThrownBy(() -> pay(order, "k1", VISA))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("the hold was released");

            assertThat(seen).containsExactly("outside a transaction, order CANCELLED, payment RELEASING");
            Payment released = payments.latestOf(order.uid()).orElseThrow();
            assertThat(released.status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(released.providerReference()).contains("auth_" + released.reference());
        }

        @Test
        void aReleaseTheProcessorLeftUnansweredIsAskedForAgainByTheRetryUnderTheSameKeys() {
            Order order = placed(PaymentMethod.CARD);

            Payment voided = cancelledWhileHeldWithTheReleaseUnanswered(order);

            assertThat(voided.status())
                    .as("given up, its hold not yet released")
                    .isEqualTo(Payment.Status.RELEASING);
            assertThat(voided.providerReference())
                    .as("the hold is kept, to release it later")
                    .contains("auth_" + voided.reference());
            assertThat(voided.failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("retry"));

            cards.nextRelease = FakeCardProcessor.Next.APPROVE;
            assertThatThrownBy(() -> pay(order, "k1", VISA))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("the hold was released");

            assertThat(payments.latestOf(order.uid()).orElseThrow().failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).endsWith("the hold was released"));
            assertThat(cards.calls)
                    .containsExactly(
                            "authorize " + voided.reference(),
                            "void auth_" + voided.reference(),
                            "void auth_" + voided.reference());
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "void");
            assertThat(pay(order, "k1", VISA).payment().status())
                    .as("released, the key only replays")
                    .isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.calls).hasSize(3);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
        }

        @Test
        void aReleaseTheProcessorRefusesIsRecordedWithTheHoldAndNotAskedForAgain() {
            Order order = placed(PaymentMethod.CARD);
            cards.nextRelease = FakeCardProcessor.Next.DECLINE;
            cancelledWhileCharging(order);

            assertThatThrownBy(() -> pay(order, "k1", VISA))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("refused to release the hold");

            Payment voided = payments.latestOf(order.uid()).orElseThrow();
            assertThat(voided.providerReference()).contains("auth_" + voided.reference());
            assertThat(voided.failureReason())
                    .hasValueSatisfying(
                            reason -> assertThat(reason).contains("refused to release the hold: processing_error"));
            assertThat(pay(order, "k1", VISA).payment())
                    .as("a refusal is the processor's last word")
                    .isEqualTo(voided);
            assertThat(cards.calls)
                    .containsExactly("authorize " + voided.reference(), "void auth_" + voided.reference());
        }

        @Test
        void aCaptureTheProcessorRefusesKeepsTheOrderForTheKitchenAndTheHoldAndRecordsWhy() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = pay(order, "k1", VISA).payment();
            cards.nextCapture = FakeCardProcessor.Next.DECLINE;

            assertThatThrownBy(() -> event(order, OrderEvent.COOKING_STARTED))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("processing_error")
                    .hasMessageContaining("do not start cooking");

            Payment refused = payments.latestOf(order.uid()).orElseThrow();
            assertThat(refused.status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(refused.providerReference()).isEqualTo(held.providerReference());
            assertThat(refused.failureReason())
                    .hasValueSatisfying(reason ->
                            assertThat(reason).contains("refused to capture").contains("processing_error"));
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PENDING);
            assertThat(stored(order).timeline().cookingStartedAt()).isEmpty();

            callback.apply("stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", held.reference(), "CANCELLED"));

            assertThat(stored(order).status())
                    .as("the processor's word that the hold is gone")
                    .isEqualTo(OrderStatus.AWAITING_PAYMENT);
        }

        @Test
        void aCardOrderNeedsACardAndOthersTakeNone() {
            assertThatThrownBy(() -> pay(placed(PaymentMethod.CARD), "k1", null))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> pay(placed(PaymentMethod.BANK_QR), "k1", VISA))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void aCardNeverPrintsItsNumberOrCvc() {
            assertThat(VISA.toString()).isEqualTo("Card[VISA ****4242]");
            assertThat(new PaymentCard.Linked(new LinkedCardId(3), "4719").toString())
                    .doesNotContain("4719");
            assertThat(new CardSource.Saved("cus_1", "pm_1", "4719").toString()).doesNotContain("4719");
        }
    }

    /** A card of Anna's, saved at the fake processor and linked, valid to the end of {@code expiry}. */
    private LinkedCard linked(YearMonth expiry) {
        CardProcessor.Saved saved = (CardProcessor.Saved)
                cards.saveCard(new CardProcessor.CardHolder("anna", Optional.empty()), VISA, "save-" + expiry);
        return linkedCards
                .add(new NewLinkedCard(
                        anna.customerId(),
                        saved.processorCardId(),
                        saved.processorCustomerId(),
                        saved.card(),
                        expiry,
                        "",
                        true))
                .orElseThrow();
    }

    @Nested
    class ByLinkedCard {

        @Test
        void theLinkedCardPaysWithTheCvcSentToTheProcessorAndKeepsOnlyBrandAndLastFour() {
            LinkedCard card = linked(YearMonth.of(2030, 12));
            Order order = placed(PaymentMethod.CARD);

            PayOrder.Result result = pay(order, "k1", new PaymentCard.Linked(card.id(), "4719"));

            assertThat(result.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(result.order().status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(result.payment().card()).contains(new CardSummary("VISA", "4242"));
            assertThat(cards.lastSource)
                    .isEqualTo(new CardSource.Saved(card.processorCustomerId(), card.processorCardId(), "4719"));
            assertThat(payments.latestOf(order.uid()).orElseThrow().toString()).doesNotContain("4719");
        }

        @Test
        void aLinkedCardWhoseIssuerWantsAuthenticationWaitsForTheCardholderLikeAnyCard() {
            LinkedCard card = linked(YearMonth.of(2030, 12));
            Order order = placed(PaymentMethod.CARD);
            cards.next = FakeCardProcessor.Next.REQUIRE_ACTION;

            PayOrder.Result result = pay(order, "k1", new PaymentCard.Linked(card.id(), "123"));

            assertThat(result.payment().status()).isEqualTo(Payment.Status.REQUIRES_ACTION);
            assertThat(result.authenticationUrl()).isPresent();
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(pay(order, "k1", new PaymentCard.Linked(card.id(), "123"))
                            .authenticationUrl())
                    .as("the retry asks the processor again and sends the customer to the same page")
                    .isEqualTo(result.authenticationUrl());
        }

        @Test
        void anExpiredLinkedCardIsRefusedBeforeAnythingIsRecordedOrCharged() {
            LinkedCard card = linked(YearMonth.from(T0.atZone(ZoneOffset.UTC)).minusMonths(1));
            Order order = placed(PaymentMethod.CARD);

            assertThatThrownBy(() -> pay(order, "k1", new PaymentCard.Linked(card.id(), "123")))
                    .isInstanceOf(CardExpiredException.class)
                    .hasMessageContaining("****4242");

            assertThat(payments.latestOf(order.uid())).isEmpty();
            assertThat(cards.calls).noneMatch(call -> call.startsWith("authorize"));
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        }

        @Test
        void aCardValidThisMonthStillPays() {
            LinkedCard card = linked(YearMonth.from(T0.atZone(ZoneOffset.UTC)));

            assertThat(pay(placed(PaymentMethod.CARD), "k1", new PaymentCard.Linked(card.id(), "123"))
                            .payment()
                            .status())
                    .isEqualTo(Payment.Status.AUTHORIZED);
        }

        @Test
        void anotherCustomersOrAnUnknownCardIsNotFoundAndNothingIsRecorded() {
            LinkedCard annas = linked(YearMonth.of(2030, 12));
            Caller bob = new Caller(new CustomerId(2), new SessionId(2));
            Order bobs = anOrder()
                    .by(bob.customerId())
                    .paidWith(PaymentMethod.CARD)
                    .placedAt(clock.instant())
                    .build();
            orders.add(bobs);

            assertThatThrownBy(() -> payOrder.pay(new PayOrder.Command(
                            bob, bobs.uid(), "k1", Optional.of(new PaymentCard.Linked(annas.id(), "123")))))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("card");
            assertThatThrownBy(() ->
                            pay(placed(PaymentMethod.CARD), "k1", new PaymentCard.Linked(new LinkedCardId(99), "123")))
                    .isInstanceOf(NotFoundException.class);
            assertThat(payments.latestOf(bobs.uid())).isEmpty();
            assertThat(cards.calls).noneMatch(call -> call.startsWith("authorize"));
        }

        @Test
        void theSameKeyWithAnotherLinkedCardIsRefusedButAnotherCvcIsTheSameRequest() {
            LinkedCard first = linked(YearMonth.of(2030, 12));
            LinkedCard second = linked(YearMonth.of(2031, 12));
            Order order = placed(PaymentMethod.CARD);
            pay(order, "k1", new PaymentCard.Linked(first.id(), "123"));

            assertThatThrownBy(() -> pay(order, "k1", new PaymentCard.Linked(second.id(), "123")))
                    .isInstanceOf(IdempotencyKeyReusedException.class);
            assertThat(pay(order, "k1", new PaymentCard.Linked(first.id(), "999"))
                            .replayed())
                    .isTrue();
        }
    }

    @Nested
    class Refusals {

        @Test
        void ordersPaidAtTheDoorPaidOrCancelledCannotBePaidInTheApp() {
            assertThatThrownBy(() -> pay(placed(PaymentMethod.CASH_ON_DELIVERY), "k1", null))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> pay(placed(PaymentMethod.POS_ON_DELIVERY), "k1", null))
                    .isInstanceOf(ConflictException.class);
            Order paid = placed(PaymentMethod.CARD);
            pay(paid, "k1", VISA);
            assertThatThrownBy(() -> pay(paid, "k2", VISA)).isInstanceOf(ConflictException.class);
            Order cancelled = placed(PaymentMethod.BANK_QR);
            cancelOrder.cancel(anna.customerId(), cancelled.uid());
            assertThatThrownBy(() -> pay(cancelled, "k1", null)).isInstanceOf(ConflictException.class);
        }

        @Test
        void someoneElsesOrderDoesNotExist() {
            Order order = placed(PaymentMethod.CARD);
            Caller bob = new Caller(new CustomerId(2), new SessionId(2));

            assertThatThrownBy(() -> payOrder.pay(new PayOrder.Command(bob, order.uid(), "k1", Optional.of(VISA))))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(
                            () -> payOrder.pay(new PayOrder.Command(anna, OrderUid.random(), "k1", Optional.of(VISA))))
                    .isInstanceOf(NotFoundException.class);
            assertThat(cards.calls).isEmpty();
        }
    }

    @Nested
    class ByCardWithAuthentication {

        private PayOrder.Result challenged(Order order) {
            cards.next = FakeCardProcessor.Next.REQUIRE_ACTION;
            return pay(order, "k1", VISA);
        }

        private PayOrder.Result complete(Caller caller, Payment payment) {
            return completePayment.complete(new CompletePayment.Command(caller.customerId(), payment.reference()));
        }

        @Test
        void aCardThatNeedsAuthenticationWaitsForTheCardholderAndTheOrderForItsMoney() {
            Order order = placed(PaymentMethod.CARD);

            PayOrder.Result result = challenged(order);

            assertThat(result.payment().status()).isEqualTo(Payment.Status.REQUIRES_ACTION);
            String url = "https://bank.test/3ds/" + result.payment().reference();
            assertThat(result.authenticationUrl()).contains(url);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(events.appended(PaymentActionRequired.class))
                    .extracting(PaymentActionRequired::orderUid)
                    .containsExactly(order.uid());
            assertThat(pay(order, "k1", VISA).authenticationUrl())
                    .as("a retry is sent to the same place")
                    .contains(url);
            assertThat(payments.ofOrder(order.uid())).hasSize(1);
        }

        @Test
        void completingAfterTheCardholderAuthenticatedSendsTheOrderToTheKitchenOnce() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            cards.authenticate(waiting.providerReference().orElseThrow(), true);

            PayOrder.Result completed = complete(anna, waiting);

            assertThat(completed.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(completed.order().status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(complete(anna, waiting).payment())
                    .as("completing again changes nothing")
                    .isEqualTo(completed.payment());
            assertThat(events.appended(OrderPaid.class)).hasSize(1);
        }

        @Test
        void aFailedAuthenticationFailsTheAttemptWithItsReasonAndTheCustomerMayTryAgain() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            cards.authenticate(waiting.providerReference().orElseThrow(), false);

            PayOrder.Result completed = complete(anna, waiting);

            assertThat(completed.payment().status()).isEqualTo(Payment.Status.FAILED);
            assertThat(completed.payment().failureReason()).contains("authentication_failed");
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(events.appended(PaymentFailed.class))
                    .extracting(PaymentFailed::reason)
                    .containsExactly("authentication_failed");
            cards.next = FakeCardProcessor.Next.APPROVE;
            assertThat(pay(order, "k2", VISA).payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
        }

        @Test
        void completingBeforeTheCardholderActedChangesNothingAndSendsThemBack() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();

            PayOrder.Result completed = complete(anna, waiting);

            assertThat(completed.payment()).isEqualTo(waiting);
            assertThat(completed.authenticationUrl()).contains("https://bank.test/3ds/" + waiting.reference());
        }

        @Test
        void theProcessorsWebhookFirstWinsAndTheLaterCompleteChangesNothing() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            cards.authenticate(waiting.providerReference().orElseThrow(), true);

            callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", waiting.reference(), "AUTHORIZED"));
            PayOrder.Result completed = complete(anna, waiting);

            assertThat(completed.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(completed.payment().providerReference()).contains("tx-evt1");
            assertThat(cards.calls)
                    .as("settled already: the processor is not asked")
                    .noneMatch(call -> call.startsWith("outcome"));
            assertThat(events.appended(OrderPaid.class)).hasSize(1);
        }

        @Test
        void aCompleteFirstWinsAndTheLaterWebhookChangesNothing() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            cards.authenticate(waiting.providerReference().orElseThrow(), false);
            PayOrder.Result completed = complete(anna, waiting);

            ApplyPaymentCallback.Outcome late = callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", waiting.reference(), "FAILED"));

            assertThat(late.applied()).isFalse();
            assertThat(payments.latestOf(order.uid())).contains(completed.payment());
            assertThat(events.appended(PaymentFailed.class)).hasSize(1);
        }

        @Test
        void anotherCustomersPaymentIsNotFound() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            Caller bob = new Caller(new CustomerId(2), new SessionId(2));

            assertThatThrownBy(() -> complete(bob, waiting)).isInstanceOf(NotFoundException.class);
            assertThat(payments.latestOf(order.uid())).contains(waiting);
        }

        @Test
        void anAuthenticationTheProcessorNoLongerKnowsDoesNotBlockTheCancel() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            // The processor gave the attempt up on its own (a sandbox restart forgets it too).
            cards.voidAuthorization(waiting.providerReference().orElseThrow(), "elsewhere");

            cancelOrder.cancel(anna.customerId(), order.uid());

            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("no authentication to cancel"));
        }

        @Test
        void anAuthenticationNeverFinishedIsCancelledWithTheUnpaidOrder() {
            Order order = placed(PaymentMethod.CARD);
            Payment waiting = challenged(order).payment();
            clock.advance(Duration.ofMinutes(31));

            assertThat(expire.expire()).isEqualTo(1);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.calls)
                    .contains("void " + waiting.providerReference().orElseThrow());
            cards.authenticate(waiting.providerReference().orElseThrow(), true);
            assertThat(complete(anna, waiting).payment().status())
                    .as("too late: nothing is held")
                    .isEqualTo(Payment.Status.VOIDED);
        }
    }

    @Nested
    class ByCardProcessorNotice {

        private Payment unanswered(Order order) {
            cards.next = FakeCardProcessor.Next.NO_ANSWER;
            assertThatThrownBy(() -> pay(order, "k1", VISA)).isInstanceOf(PaymentGatewayException.class);
            cards.next = FakeCardProcessor.Next.APPROVE;
            return payments.latestOf(order.uid()).orElseThrow();
        }

        @Test
        void theProcessorsWordOfAHoldSettlesAPaymentWhoseAnswerWasLost() {
            Order order = placed(PaymentMethod.CARD);
            Payment pending = unanswered(order);
            cards.heldUnanswered("tx-evt1");

            ApplyPaymentCallback.Outcome applied = callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", pending.reference(), "AUTHORIZED"));

            assertThat(applied.payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            assertThat(applied.payment().providerReference()).contains("tx-evt1");
            assertThat(applied.payment().card())
                    .as("the card typed in is kept")
                    .contains(new CardSummary("VISA", "4242"));
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PENDING);

            event(order, OrderEvent.COOKING_STARTED);

            assertThat(cards.calls).endsWith("capture tx-evt1");
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
        }

        @Test
        void aHoldReportedForAnOrderCancelledMeanwhileIsReleasedAtOnce() {
            Order order = placed(PaymentMethod.CARD);
            Payment pending = unanswered(order);
            cards.heldUnanswered("tx-evt1");
            cancelOrder.cancel(anna.customerId(), order.uid());
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);

            callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", pending.reference(), "AUTHORIZED"));

            assertThat(payments.latestOf(order.uid()).orElseThrow().status())
                    .as("a voided attempt stays voided: the pending one was withdrawn by the cancel")
                    .isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.calls).endsWith("void tx-evt1");
            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
        }

        @Test
        void theProcessorsWordThatAHoldIsGoneCompletesAReleaseItLeftUnanswered() {
            Order order = placed(PaymentMethod.CARD);
            Payment releasing = cancelledWhileHeldWithTheReleaseUnanswered(order);
            assertThat(releasing.status()).isEqualTo(Payment.Status.RELEASING);

            callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", releasing.reference(), "CANCELLED"));

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(pay(order, "k1", VISA).payment().status())
                    .as("settled, the key only replays")
                    .isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.calls)
                    .as("no release asked for again")
                    .containsOnlyOnce("void auth_" + releasing.reference());
        }

        @Test
        void aCaptureTheProcessorMadeOnItsOwnPaysTheOrderAndCookingTakesNothingMore() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = pay(order, "k1", VISA).payment();

            callback.apply("stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", held.reference(), "PAID"));

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PAID);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            event(order, OrderEvent.COOKING_STARTED);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR");
            assertThat(stored(order).status()).isEqualTo(OrderStatus.COOKING);
        }

        @Test
        void aCardPaidAfterTheOrderWasCancelledIsRefundedThroughTheProcessor() {
            Order order = placed(PaymentMethod.CARD);
            Payment pending = unanswered(order);
            cards.heldUnanswered("tx-evt1");
            cancelOrder.cancel(anna.customerId(), order.uid());

            callback.apply("stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", pending.reference(), "PAID"));

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.REFUNDED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().refundReference())
                    .as("the processor's refund id")
                    .contains("refund_tx-evt1");
            assertThat(cards.calls).endsWith("refund tx-evt1");
            assertThat(bank.refunds).isEmpty();
        }

        @Test
        void aLateHoldIsOwedBeforeTheProcessorIsAskedAndTheSendersRetryReleasesItOnceUnderTheSameKey() {
            Order order = placed(PaymentMethod.CARD);
            Payment pending = unanswered(order);
            cards.heldUnanswered("tx-evt1");
            cancelOrder.cancel(anna.customerId(), order.uid());
            byte[] notice = FakePaymentNoticeVerifier.cardBody("evt1", pending.reference(), "AUTHORIZED");
            cards.nextRelease = FakeCardProcessor.Next.NO_ANSWER;

            assertThatThrownBy(() -> callback.apply("stripe", "good", notice))
                    .isInstanceOf(PaymentGatewayException.class);
            Payment owed = payments.latestOf(order.uid()).orElseThrow();
            assertThat(owed.status()).as("committed as owed").isEqualTo(Payment.Status.RELEASING);
            assertThat(owed.providerReference()).contains("tx-evt1");

            cards.nextRelease = FakeCardProcessor.Next.APPROVE;
            callback.apply("stripe", "good", notice);
            callback.apply("stripe", "good", notice);

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.moneyMoved)
                    .as("released once: the retry's key was the first one's")
                    .containsExactly("hold (unanswered)", "void");
            assertThat(cards.calls)
                    .as("asked unanswered, asked again, then settled: the third delivery asks nothing")
                    .filteredOn("void tx-evt1"::equals)
                    .hasSize(2);
        }

        @Test
        void lateMoneyLeftOwedByAServiceThatStoppedIsSentBackOnceByTheSendersRetry() {
            Order order = placed(PaymentMethod.CARD);
            Payment pending = unanswered(order);
            cards.heldUnanswered("tx-evt1");
            cancelOrder.cancel(anna.customerId(), order.uid());
            byte[] notice = FakePaymentNoticeVerifier.cardBody("evt1", pending.reference(), "PAID");
            cards.duringSettlement = () -> {
                throw new IllegalStateException("the service stopped");
            };

            assertThatThrownBy(() -> callback.apply("stripe", "good", notice)).hasMessage("the service stopped");
            Payment owed = payments.latestOf(order.uid()).orElseThrow();
            assertThat(owed.status()).isEqualTo(Payment.Status.REFUNDING);
            assertThat(owed.providerReference()).contains("tx-evt1");
            assertThat(events.appended(PaymentRefunded.class)).isEmpty();

            cards.duringSettlement = () -> {};
            ApplyPaymentCallback.Outcome retried = callback.apply("stripe", "good", notice);
            callback.apply("stripe", "good", notice);

            assertThat(retried.applied())
                    .as("the event itself was applied the first time")
                    .isFalse();
            assertThat(retried.payment().status()).isEqualTo(Payment.Status.REFUNDED);
            assertThat(retried.payment().refundReference()).contains("refund_tx-evt1");
            assertThat(cards.moneyMoved).containsOnlyOnce("refund 19.20 EUR");
            assertThat(events.appended(PaymentRefunded.class)).hasSize(1);
        }

        @Test
        void aFailureOrCancelByTheProcessorEndsAPendingAttemptAndTheOrderWaitsForAnother() {
            Order first = placed(PaymentMethod.CARD);
            Payment failed = unanswered(first);
            Order second = placed(PaymentMethod.CARD);
            cards.next = FakeCardProcessor.Next.NO_ANSWER;
            assertThatThrownBy(() -> pay(second, "k2", VISA)).isInstanceOf(PaymentGatewayException.class);
            Payment cancelled = payments.latestOf(second.uid()).orElseThrow();

            callback.apply("stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", failed.reference(), "FAILED"));
            callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt2", cancelled.reference(), "CANCELLED"));

            assertThat(payments.latestOf(first.uid()).orElseThrow().status()).isEqualTo(Payment.Status.FAILED);
            assertThat(payments.latestOf(second.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(stored(first).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(stored(second).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        }

        @Test
        void aHoldTheProcessorCancelsBeforeCookingSendsTheOrderBackToWaitForANewPayment() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = pay(order, "k1", VISA).payment();

            ApplyPaymentCallback.Outcome applied = callback.apply(
                    "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", held.reference(), "CANCELLED"));

            assertThat(applied.payment().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(applied.payment().failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("cancelled the payment"));
            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThatThrownBy(() -> event(order, OrderEvent.COOKING_STARTED))
                    .as("nothing to cook for")
                    .isInstanceOf(ConflictException.class);

            assertThat(pay(order, "k2", VISA).payment().status()).isEqualTo(Payment.Status.AUTHORIZED);
            event(order, OrderEvent.COOKING_STARTED);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.COOKING);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(cards.moneyMoved).containsExactly("hold 19.20 EUR", "hold 19.20 EUR", "capture 19.20 EUR");
            assertThat(events.appended(PaymentFailed.class))
                    .extracting(PaymentFailed::orderUid)
                    .containsExactly(order.uid());
            assertThat(events.appended(OrderPaid.class))
                    .as("held, held again, captured")
                    .extracting(OrderPaid::captured)
                    .containsExactly(false, false, true);
        }

        @Test
        void anOrderWhoseHoldWasLostAndThatNobodyPaysAgainIsCancelledWhenItsTimeIsUp() {
            Order order = placed(PaymentMethod.CARD);
            Payment held = pay(order, "k1", VISA).payment();
            clock.advance(Duration.ofMinutes(10));
            callback.apply("stripe", "good", FakePaymentNoticeVerifier.cardBody("evt1", held.reference(), "CANCELLED"));

            assertThat(expire.expire())
                    .as("the timeout counts from when the order was placed")
                    .isZero();
            clock.advance(Duration.ofMinutes(21));
            assertThat(expire.expire()).isEqualTo(1);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(cards.moneyMoved)
                    .as("the lost hold is not released twice")
                    .containsExactly("hold 19.20 EUR");
        }

        @Test
        void aNoticeNeverAppliesToAnotherPaymentMethod() {
            Order card = placed(PaymentMethod.CARD);
            Payment pending = unanswered(card);
            Order qr = placed(PaymentMethod.BANK_QR);
            Payment issued = pay(qr, "k9", null).payment();

            assertThatThrownBy(() -> callback.apply(
                            "bank",
                            "good",
                            FakePaymentNoticeVerifier.body("evt1", pending.reference(), "19.20", "EUR", "PAID")))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> callback.apply(
                            "stripe", "good", FakePaymentNoticeVerifier.cardBody("evt2", issued.reference(), "PAID")))
                    .isInstanceOf(ConflictException.class);
            assertThat(payments.latestOf(card.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PENDING);
            assertThat(payments.latestOf(qr.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PENDING);
        }
    }

    @Nested
    class ByBankQr {

        @Test
        void theQrCodeIsIssuedAndTheBanksCallbackPaysTheOrderOnce() {
            Order order = placed(PaymentMethod.BANK_QR);

            PayOrder.Result issued = pay(order, "k1", null);

            Payment payment = issued.payment();
            assertThat(payment.status()).isEqualTo(Payment.Status.PENDING);
            assertThat(issued.qrPayload()).contains("PAY 19.20 EUR REF " + payment.reference());
            assertThat(new ShowPaymentQr(orders, payments, bank)
                            .show(anna.customerId(), order.uid())
                            .payload())
                    .isEqualTo(issued.qrPayload().orElseThrow());

            ApplyPaymentCallback.Outcome applied = callback.apply(
                    "bank",
                    "good",
                    FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID"));

            assertThat(applied.applied()).isTrue();
            assertThat(applied.payment().status()).isEqualTo(Payment.Status.PAID);
            assertThat(applied.payment().providerReference()).contains("tx-evt1");
            assertThat(stored(order).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            assertThat(callback.apply(
                                    "bank",
                                    "good",
                                    FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID"))
                            .applied())
                    .as("a replayed event changes nothing")
                    .isFalse();
            assertThatThrownBy(() -> new ShowPaymentQr(orders, payments, bank).show(anna.customerId(), order.uid()))
                    .as("a paid QR code is gone")
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void aCallbackThatDoesNotMatchThePaymentChangesNothing() {
            Order order = placed(PaymentMethod.BANK_QR);
            Payment payment = pay(order, "k1", null).payment();

            assertThatThrownBy(() -> callback.apply(
                            "bank",
                            "good",
                            FakePaymentNoticeVerifier.body("evt1", payment.reference(), "1.00", "EUR", "PAID")))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            invalid ->
                                    assertThat(invalid.errors().get(0).field()).isEqualTo("amount"));
            assertThatThrownBy(() -> callback.apply(
                            "bank",
                            "good",
                            FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "USD", "PAID")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> callback.apply(
                            "bank",
                            "good",
                            FakePaymentNoticeVerifier.body("evt1", "AAAAAAAAAAAAAAAAAAAA", "19.20", "EUR", "PAID")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> callback.apply(
                            "bank",
                            "forged",
                            FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID")))
                    .isInstanceOf(CallbackRejectedException.class);

            assertThat(stored(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PENDING);
            assertThat(callback.apply(
                                    "bank",
                                    "good",
                                    FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID"))
                            .applied())
                    .as("a refused event id is still free")
                    .isTrue();
        }

        @Test
        void cancellingAPaidQrOrderRefundsItThroughTheBank() {
            Order order = placed(PaymentMethod.BANK_QR);
            Payment payment = pay(order, "k1", null).payment();
            callback.apply(
                    "bank",
                    "good",
                    FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID"));

            Order cancelled = cancelOrder.cancel(anna.customerId(), order.uid());

            assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.REFUNDED);
            assertThat(payments.latestOf(order.uid()).orElseThrow().refundReference())
                    .as("the bank's refund reference")
                    .contains("refund-" + payment.reference());
            assertThat(bank.refunds).containsExactly(payment.reference() + " 19.20 EUR");
            assertThat(events.appended(OrderPaid.class))
                    .extracting(OrderPaid::captured)
                    .containsExactly(true);
            assertThat(events.appended(OrderCancelled.class))
                    .extracting(OrderCancelled::cancelledBy)
                    .containsExactly(CancelledBy.CUSTOMER);
            assertThat(events.appended(PaymentRefunded.class))
                    .extracting(PaymentRefunded::orderUid)
                    .containsExactly(order.uid());
        }

        @Test
        void moneyArrivingAfterTheCancelGoesStraightBack() {
            Order order = placed(PaymentMethod.BANK_QR);
            Payment payment = pay(order, "k1", null).payment();
            cancelOrder.cancel(anna.customerId(), order.uid());
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);

            callback.apply(
                    "bank",
                    "good",
                    FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID"));

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.REFUNDED);
            assertThat(bank.refunds).hasSize(1);
            assertThat(stored(order).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(events.appended(PaymentRefunded.class)).hasSize(1);
            assertThat(events.appended(OrderPaid.class))
                    .as("a cancelled order is never paid")
                    .isEmpty();
        }

        @Test
        void aLateTransferWhoseRefundTheBankLeftUnansweredIsSentBackByTheNextCancel() {
            Order order = placed(PaymentMethod.BANK_QR);
            Payment payment = pay(order, "k1", null).payment();
            cancelOrder.cancel(anna.customerId(), order.uid());
            bank.unanswered = true;

            assertThatThrownBy(() -> callback.apply(
                            "bank",
                            "good",
                            FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "PAID")))
                    .isInstanceOf(PaymentGatewayException.class);
            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.REFUNDING);

            bank.unanswered = false;
            cancelOrder.cancel(anna.customerId(), order.uid());

            assertThatThrownBy(() -> cancelOrder.cancel(anna.customerId(), order.uid()))
                    .as("settled, nothing is owed any more")
                    .isInstanceOf(ConflictException.class);

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.REFUNDED);
            assertThat(bank.refunds).hasSize(1);
            assertThat(events.appended(PaymentRefunded.class)).hasSize(1);
        }

        @Test
        void aFailedTransferFailsTheAttempt() {
            Order order = placed(PaymentMethod.BANK_QR);
            Payment payment = pay(order, "k1", null).payment();

            callback.apply(
                    "bank",
                    "good",
                    FakePaymentNoticeVerifier.body("evt1", payment.reference(), "19.20", "EUR", "FAILED"));

            assertThat(payments.latestOf(order.uid()).orElseThrow().failureReason())
                    .contains("rejected by the customer");
            assertThat(events.appended(PaymentFailed.class))
                    .extracting(PaymentFailed::reason)
                    .containsExactly("rejected by the customer");
            assertThat(pay(order, "k2", null).payment().status()).isEqualTo(Payment.Status.PENDING);
        }
    }

    @Nested
    class AtTheDoor {

        @Test
        void theCourierCollectingPaysThePaymentWithTheTerminalsReference() {
            Order order = placed(PaymentMethod.POS_ON_DELIVERY);
            payments.add(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), T0));

            recordEvent.record(new RecordOrderEvent.Command(
                    order.uid(),
                    OrderEvent.PAYMENT_COLLECTED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("TERM-7-000123")));

            Payment paid = payments.latestOf(order.uid()).orElseThrow();
            assertThat(paid.status()).isEqualTo(Payment.Status.PAID);
            assertThat(paid.providerReference()).contains("TERM-7-000123");
            assertThat(payments.ofOrder(order.uid())).hasSize(1);
            assertThat(stored(order).paymentStatus()).isEqualTo(PaymentStatus.PAID);
        }

        @Test
        void aPosPaymentNeedsItsTerminalsReferenceAndCashHasNone() {
            Order pos = placed(PaymentMethod.POS_ON_DELIVERY);
            payments.add(Payment.atTheDoor(pos.uid(), pos.paymentMethod(), pos.total(), T0));
            Order cash = placed(PaymentMethod.CASH_ON_DELIVERY);
            payments.add(Payment.atTheDoor(cash.uid(), cash.paymentMethod(), cash.total(), T0));

            assertThatThrownBy(() -> recordEvent.record(new RecordOrderEvent.Command(
                            pos.uid(),
                            OrderEvent.PAYMENT_COLLECTED,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            refused -> assertThat(refused.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly("terminalReference"));
            assertThatThrownBy(() -> recordEvent.record(new RecordOrderEvent.Command(
                            cash.uid(),
                            OrderEvent.PAYMENT_COLLECTED,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("TERM-7-000123"))))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            refused -> assertThat(refused.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly("terminalReference"));
            assertThat(payments.latestOf(pos.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PENDING);
            assertThat(payments.latestOf(cash.uid()).orElseThrow().status()).isEqualTo(Payment.Status.PENDING);
            assertThat(stored(pos).paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        }

        @Test
        void aCancelledCashOrderWithdrawsItsPayment() {
            Order order = placed(PaymentMethod.CASH_ON_DELIVERY);
            payments.add(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), T0));

            cancelOrder.cancel(anna.customerId(), order.uid());

            assertThat(payments.latestOf(order.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(cards.calls).isEmpty();
        }
    }

    @Nested
    class Timeout {

        @Test
        void ordersUnpaidPastTheTimeoutAreCancelledAndTheirQrWithdrawn() {
            Order old = placed(PaymentMethod.BANK_QR);
            pay(old, "k1", null);
            Order paid = placed(PaymentMethod.CARD);
            pay(paid, "k1", VISA);
            clock.advance(Duration.ofMinutes(20));
            Order young = placed(PaymentMethod.CARD);
            clock.advance(Duration.ofMinutes(11));

            assertThat(expire.expire()).isEqualTo(1);

            assertThat(stored(old).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(payments.latestOf(old.uid()).orElseThrow().status()).isEqualTo(Payment.Status.VOIDED);
            assertThat(payments.latestOf(old.uid()).orElseThrow().failureReason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("not paid within 30 minutes"));
            assertThat(stored(paid).status()).isEqualTo(OrderStatus.PROCESSING);
            assertThat(stored(young).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
            assertThat(expire.expire()).as("nothing twice").isZero();
            assertThat(events.appended(OrderCancelled.class))
                    .extracting(OrderCancelled::orderUid, OrderCancelled::cancelledBy)
                    .containsExactly(tuple(old.uid(), CancelledBy.PAYMENT_TIMEOUT));
        }
    }
}
