package com.fooddelivery.customer.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.application.payment.CancellationSettlement;
import com.fooddelivery.customer.application.payment.FakeBankQrIssuer;
import com.fooddelivery.customer.application.payment.FakeCardProcessor;
import com.fooddelivery.customer.application.payment.OutsideTransactionsBankQrIssuer;
import com.fooddelivery.customer.application.payment.OutsideTransactionsCardProcessor;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.InMemoryIdempotencyKeys;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.SessionId;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer placing, following and cancelling orders, and the kitchen moving them on. */
class OrderUseCasesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Caller ANNA = new Caller(new CustomerId(1), new SessionId(1));
    private static final Caller BOB = new Caller(new CustomerId(2), new SessionId(2));
    private static final SessionToken ANNAS_TOKEN =
            SessionToken.parse("a".repeat(43)).orElseThrow();
    private static final SessionToken BOBS_TOKEN =
            SessionToken.parse("b".repeat(43)).orElseThrow();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryEventLog events = new InMemoryEventLog(new InMemoryCustomerRepository());
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final FakeCardProcessor cards = new FakeCardProcessor();
    private final CardProcessor cardsOutsideTransactions = new OutsideTransactionsCardProcessor(cards, unitOfWork);
    private final CancellationSettlement settlement = new CancellationSettlement(
            orders,
            payments,
            new OutsideTransactionsCardProcessor(cards, unitOfWork),
            Optional.of(new OutsideTransactionsBankQrIssuer(new FakeBankQrIssuer(), unitOfWork)),
            unitOfWork,
            clock,
            events);
    private final PlaceOrder placeOrder =
            new PlaceOrder(sessions, orders, menu, keys, payments, unitOfWork, EstimatePolicy.DEFAULT, clock, events);
    private MenuItem pizza;
    private MenuItem cola;

    @BeforeEach
    void aMenuAndTwoSignedInCustomers() {
        for (Caller caller : List.of(ANNA, BOB)) {
            Instant now = clock.instant();
            sessions.add(new NewSession(
                    caller.customerId(), tokenOf(caller).digest(), now, now.plus(Duration.ofDays(1)), "test"));
        }
        Category category = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        pizza = menu.add(new NewMenuItem(category.id(), "Margherita", "", Money.of("8.50", EUR), Optional.empty()));
        cola = menu.add(new NewMenuItem(category.id(), "Cola", "", Money.of("2.20", EUR), Optional.empty()));
    }

    @Test
    void anOrderIsPricedFromTheMenuAndEstimatedFromTheQueue() {
        place(ANNA, "k0", pizza.id().value(), 1);
        place(ANNA, "k1", pizza.id().value(), 1);

        Order order = place(BOB, "k2", pizza.id().value(), 2).order();

        assertThat(order.total()).isEqualTo(Money.of("17.00", EUR));
        assertThat(order.lines().get(0).name()).isEqualTo("Margherita");
        assertThat(order.estimates()).isEqualTo(EstimatePolicy.DEFAULT.estimate(clock.instant(), 2));
        assertThat(orders.byUid(order.uid())).contains(order);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstOrder() {
        PlaceOrder.Result first = place(ANNA, "k", pizza.id().value(), 1);
        PlaceOrder.Result again = place(ANNA, "k", pizza.id().value(), 1);

        assertThat(again.replayed()).isTrue();
        assertThat(again.order().uid()).isEqualTo(first.order().uid());
        assertThat(orders.page(ANNA.customerId(), false, 10, Optional.empty()).orders())
                .hasSize(1);
        assertThatThrownBy(() -> place(ANNA, "k", cola.id().value(), 1))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void thePlacedOrderComesWithThePaymentItStored_andAReplayWithItsLatestPayment() {
        PlaceOrder.Result placed = place(ANNA, "pay", pizza.id().value(), 1);

        assertThat(placed.payment()).isEqualTo(payments.latestOf(placed.order().uid()));
        assertThat(placed.payment()).map(Payment::status).contains(Payment.Status.PENDING);
        Payment collected = placed.payment().orElseThrow().paid(Optional.of("terminal-1"), clock.instant());
        payments.update(collected);
        assertThat(place(ANNA, "pay", pizza.id().value(), 1).payment()).contains(collected);
        PlaceOrder.Result prepaid = placeOrder.place(PlaceOrderCommand.of(
                ANNAS_TOKEN, "card", List.of(new PlaceOrderCommand.Line(pizza.id(), 1)), "Main street 1", "CARD", ""));
        assertThat(prepaid.payment()).isEmpty();
    }

    @Test
    void anOrderIsPlacedInOneUnitOfWork() {
        int before = unitOfWork.transactions();

        place(ANNA, "one", pizza.id().value(), 1);
        place(ANNA, "one", pizza.id().value(), 1);

        assertThat(unitOfWork.transactions() - before)
                .as("the key's claim commits with the order, and a replay reads once")
                .isEqualTo(2);
    }

    @Test
    void anEndedSessionPlacesNothing_andLeavesTheKeyFree() {
        sessions.end(ANNA.customerId(), ANNA.sessionId(), clock.instant());

        assertThatThrownBy(() -> place(ANNA, "k", pizza.id().value(), 1)).isInstanceOf(AuthenticationException.class);

        assertThat(orders.page(ANNA.customerId(), false, 10, Optional.empty()).orders())
                .isEmpty();
        assertThat(events.after(0, 10, Set.of())).isEmpty();
        assertThat(keys.claim(
                        ANNA.customerId(),
                        "k",
                        command(ANNA, "k", pizza.id().value(), 1).fingerprint(),
                        clock.instant(),
                        PlaceOrder.ABANDONED_AFTER))
                .isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void aKeyStillInFlightIsAConflict() {
        keys.claim(
                ANNA.customerId(),
                "busy",
                command(ANNA, "busy", pizza.id().value(), 1).fingerprint(),
                clock.instant(),
                PlaceOrder.ABANDONED_AFTER);

        assertThatThrownBy(() -> place(ANNA, "busy", pizza.id().value(), 1)).isInstanceOf(ConflictException.class);
        clock.advance(PlaceOrder.ABANDONED_AFTER);
        assertThat(place(ANNA, "busy", pizza.id().value(), 1).replayed())
                .as("an abandoned claim is taken over")
                .isFalse();
    }

    @Test
    void anUnavailableItemRefusesTheWholeOrderAndFreesTheKey() {
        menu.makeUnavailable(cola.id());

        assertThatThrownBy(() -> placeOrder.place(PlaceOrderCommand.of(
                        ANNAS_TOKEN,
                        "k",
                        List.of(new PlaceOrderCommand.Line(pizza.id(), 1), new PlaceOrderCommand.Line(cola.id(), 1)),
                        "Main street 1",
                        "CARD",
                        null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("lines[1].menuItemId"));
        assertThat(orders.page(ANNA.customerId(), false, 10, Optional.empty()).orders())
                .isEmpty();
        assertThat(place(ANNA, "k", pizza.id().value(), 1).replayed()).isFalse();
    }

    @Test
    void everyBrokenFieldIsNamed() {
        assertThatThrownBy(() -> PlaceOrderCommand.of(
                        ANNAS_TOKEN,
                        null,
                        List.of(new PlaceOrderCommand.Line(pizza.id(), 0)),
                        "",
                        "PAYPAL",
                        "c".repeat(501)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly(
                                        "lines[0].quantity",
                                        "deliveryAddress",
                                        "paymentMethod",
                                        "comment",
                                        "idempotencyKey"));
    }

    @Test
    void onlyTheOwnerSeesOrCancelsAnOrder() {
        Order order = place(ANNA, "k", pizza.id().value(), 1).order();
        CancelOrder cancel = new CancelOrder(orders, settlement, unitOfWork, clock, events);

        assertThatThrownBy(() -> new ShowOrder(orders).show(BOB.customerId(), order.uid()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cancel.cancel(BOB.customerId(), order.uid())).isInstanceOf(NotFoundException.class);
        assertThat(cancel.cancel(ANNA.customerId(), order.uid()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(new ShowOrder(orders).show(ANNA.customerId(), order.uid()).status())
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void theKitchenCannotStartACancelledOrderNorTheCustomerCancelACookingOne() {
        RecordOrderEvent record =
                new RecordOrderEvent(orders, payments, cardsOutsideTransactions, unitOfWork, clock, events);
        CancelOrder cancel = new CancelOrder(orders, settlement, unitOfWork, clock, events);
        Order cancelled = place(ANNA, "a", pizza.id().value(), 1).order();
        Order cooking = place(ANNA, "b", pizza.id().value(), 1).order();
        cancel.cancel(ANNA.customerId(), cancelled.uid());
        record.record(event(cooking, OrderEvent.COOKING_STARTED));

        assertThatThrownBy(() -> record.record(event(cancelled, OrderEvent.COOKING_STARTED)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancel.cancel(ANNA.customerId(), cooking.uid()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReplayedEventChangesNothingAndRevisedEstimatesAreKept() {
        RecordOrderEvent record =
                new RecordOrderEvent(orders, payments, cardsOutsideTransactions, unitOfWork, clock, events);
        Order order = place(ANNA, "k", pizza.id().value(), 1).order();
        Instant later = clock.instant().plus(Duration.ofHours(1));

        assertThat(record.record(event(order, OrderEvent.COOKING_STARTED)).changed())
                .isTrue();
        Order.Transition replay = record.record(new RecordOrderEvent.Command(
                order.uid(), OrderEvent.COOKING_STARTED, Optional.empty(), Optional.empty(), Optional.of(later)));

        assertThat(replay.order().status()).isEqualTo(OrderStatus.COOKING);
        assertThat(orders.byUid(order.uid()).orElseThrow().estimates().deliveryAt())
                .isEqualTo(later);
        assertThatThrownBy(() -> record.record(new RecordOrderEvent.Command(
                        order.uid(),
                        OrderEvent.COOKING_FINISHED,
                        Optional.of(clock.instant().plus(Duration.ofHours(2))),
                        Optional.empty(),
                        Optional.empty())))
                .as("a report from the future")
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aStepOrEstimateDatedBeforeTheOrdersHistoryIsRefusedAndChangesNothing() {
        RecordOrderEvent record =
                new RecordOrderEvent(orders, payments, cardsOutsideTransactions, unitOfWork, clock, events);
        Order order = place(ANNA, "k", pizza.id().value(), 1).order();
        Instant placed = order.timeline().registeredAt();
        clock.advance(Duration.ofMinutes(10));

        assertThat(fieldsOf(() -> record.record(new RecordOrderEvent.Command(
                        order.uid(),
                        OrderEvent.COOKING_STARTED,
                        Optional.of(placed.minus(Duration.ofDays(900))),
                        Optional.empty(),
                        Optional.empty()))))
                .containsExactly("at");
        assertThat(fieldsOf(() -> record.record(new RecordOrderEvent.Command(
                        order.uid(),
                        OrderEvent.COOKING_STARTED,
                        Optional.empty(),
                        Optional.of(placed.minusSeconds(1)),
                        Optional.empty()))))
                .containsExactly("estimatedReadyAt");
        assertThat(orders.byUid(order.uid())).contains(order);

        record.record(new RecordOrderEvent.Command(
                order.uid(),
                OrderEvent.COOKING_STARTED,
                Optional.of(placed.plusSeconds(300)),
                Optional.empty(),
                Optional.empty()));
        assertThat(fieldsOf(() -> record.record(new RecordOrderEvent.Command(
                        order.uid(),
                        OrderEvent.COOKING_FINISHED,
                        Optional.of(placed.plusSeconds(299)),
                        Optional.empty(),
                        Optional.empty()))))
                .containsExactly("at");
        assertThat(orders.byUid(order.uid()).orElseThrow().status()).isEqualTo(OrderStatus.COOKING);
    }

    @Test
    void aReportWithoutATimeIsNeverDatedBeforeTheStepAnInstanceWithAFasterClockRecorded() {
        RecordOrderEvent record =
                new RecordOrderEvent(orders, payments, cardsOutsideTransactions, unitOfWork, clock, events);
        Order order = place(ANNA, "k", pizza.id().value(), 1).order();
        Instant ahead = clock.instant().plusSeconds(2);
        record.record(new RecordOrderEvent.Command(
                order.uid(), OrderEvent.COOKING_STARTED, Optional.of(ahead), Optional.empty(), Optional.empty()));

        Order ready = record.record(event(order, OrderEvent.COOKING_FINISHED)).order();

        assertThat(ready.timeline().cookingFinishedAt()).contains(ahead);
    }

    @Test
    void anOrderCostingMoreThanAnOrderMayIsRefusedAndFreesTheKey() {
        // A price from before the ceiling was lowered: only such a price makes the largest orders too large.
        MenuItem caviar = menu.add(
                new NewMenuItem(pizza.categoryId(), "Caviar", "", Money.of("5000000000.00", EUR), Optional.empty()));

        assertThat(fieldsOf(() -> place(ANNA, "k", caviar.id().value(), 2))).containsExactly("items");
        assertThat(orders.page(ANNA.customerId(), false, 10, Optional.empty()).orders())
                .isEmpty();
        assertThat(place(ANNA, "k", pizza.id().value(), 1).replayed()).isFalse();
    }

    @Test
    void aCommentMayHaveLinesButNoOtherControlCharacters() {
        assertThat(PlaceOrderCommand.of(
                                ANNAS_TOKEN,
                                "k",
                                List.of(new PlaceOrderCommand.Line(new MenuItemId(1), 1)),
                                "Main street 1\nBack door",
                                "CARD",
                                "Ring twice\r\n\tthen wait")
                        .comment())
                .isEqualTo("Ring twice\r\n\tthen wait");
        assertThat(fieldsOf(() -> PlaceOrderCommand.of(
                        ANNAS_TOKEN,
                        "k",
                        List.of(new PlaceOrderCommand.Line(new MenuItemId(1), 1)),
                        "Main street\u0000 1",
                        "CARD",
                        "Ring\u0007")))
                .containsExactly("deliveryAddress", "comment");
    }

    private static List<String> fieldsOf(ThrowingCallable call) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, call);
        assertThat(failure).as("refused").isNotNull();
        return failure.errors().stream().map(FieldError::field).toList();
    }

    private PlaceOrder.Result place(Caller caller, String key, int item, int quantity) {
        return placeOrder.place(command(caller, key, item, quantity));
    }

    private static PlaceOrderCommand command(Caller caller, String key, int item, int quantity) {
        return PlaceOrderCommand.of(
                tokenOf(caller),
                key,
                List.of(new PlaceOrderCommand.Line(new MenuItemId(item), quantity)),
                "Main street 1",
                "CASH_ON_DELIVERY",
                "");
    }

    private static SessionToken tokenOf(Caller caller) {
        return caller.equals(ANNA) ? ANNAS_TOKEN : BOBS_TOKEN;
    }

    private static RecordOrderEvent.Command event(Order order, OrderEvent event) {
        return new RecordOrderEvent.Command(order.uid(), event, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
