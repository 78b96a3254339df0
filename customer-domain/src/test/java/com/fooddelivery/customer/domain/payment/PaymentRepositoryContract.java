package com.fooddelivery.customer.domain.payment;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PaymentRepository} promises; run against the fake and against PostgreSQL. */
public abstract class PaymentRepositoryContract {

    private PaymentRepository payments;
    private Order cardOrder;
    private Order cashOrder;

    protected abstract Stores emptyStores();

    /**
     * @param stores   the customers and orders the payments refer to
     * @param payments the repository under test
     */
    public record Stores(OrderRepositoryContract.Stores stores, PaymentRepository payments) {}

    @BeforeEach
    void twoOrders() {
        Stores stores = emptyStores();
        payments = stores.payments();
        OrderRepository orders = stores.stores().orders();
        CustomerId anna = stores.stores().customers().add(aCustomer(1).build()).id();
        cardOrder = anOrder().by(anna).paidWith(PaymentMethod.CARD).build();
        cashOrder = anOrder().by(anna).build();
        orders.add(cardOrder);
        orders.add(cashOrder);
    }

    private Payment cardAttempt(String key) {
        return Payment.start(
                cardOrder.uid(),
                PaymentMethod.CARD,
                cardOrder.total(),
                new Payment.RequestKey(key, "fingerprint-" + key),
                Optional.of(new CardSummary("VISA", "4242")),
                T0);
    }

    @Test
    void anAttemptComesBackAsStoredAndThroughEveryLookup() {
        Payment payment = cardAttempt("k1");

        payments.add(payment);

        assertThat(payments.byReference(payment.reference())).contains(payment);
        assertThat(payments.byRequestKey(cardOrder.uid(), "k1")).contains(payment);
        assertThat(payments.byRequestKey(cardOrder.uid(), "k2")).isEmpty();
        assertThat(payments.byRequestKey(cashOrder.uid(), "k1")).isEmpty();
        assertThat(payments.ofOrder(cardOrder.uid())).containsExactly(payment);
        assertThat(payments.byReference(PaymentReference.random())).isEmpty();
    }

    @Test
    void capturesLeftBehindAreThoseCapturingUntouchedSinceTheGivenMomentOldestFirst() {
        Payment older = cardAttempt("k1").authorized("ch_1", Optional.empty(), T0);
        Payment newer = cardAttempt("k2").authorized("ch_2", Optional.empty(), T0);
        Payment fresh = cardAttempt("k3").authorized("ch_3", Optional.empty(), T0);
        Payment held = cardAttempt("k4").authorized("ch_4", Optional.empty(), T0);
        for (Payment payment : List.of(older, newer, fresh, held)) {
            payments.add(payment);
        }
        payments.update(newer.capturing(T0.plusSeconds(20)));
        payments.update(older.capturing(T0.plusSeconds(10)));
        payments.update(fresh.capturing(T0.plusSeconds(60)));

        assertThat(payments.capturesLeftBehind(T0.plusSeconds(60), 10))
                .extracting(Payment::reference)
                .containsExactly(older.reference(), newer.reference());
        assertThat(payments.capturesLeftBehind(T0.plusSeconds(60), 1))
                .extracting(Payment::reference)
                .containsExactly(older.reference());
        assertThat(payments.capturesLeftBehind(T0.plusSeconds(10), 10)).isEmpty();
    }

    @Test
    void everyStepOfTheLifeIsKept() {
        Payment payment = cardAttempt("k1");
        payments.add(payment);

        Payment authorized =
                payment.authorized("ch_1", Optional.of(new CardSummary("VISA", "4242")), T0.plusSeconds(1));
        payments.update(authorized);
        assertThat(payments.byReference(payment.reference())).contains(authorized);

        Payment voided = authorized.voided("order cancelled", T0.plusSeconds(2));
        payments.update(voided);
        assertThat(payments.byReference(payment.reference())).contains(voided);

        Payment releasing = voided.releasing("ch_1", "the release is not confirmed yet", T0.plusSeconds(3));
        payments.update(releasing);
        assertThat(payments.byReference(payment.reference())).contains(releasing);

        Payment refunding = releasing.refunding("ch_late", "money arrived late, owed back", T0.plusSeconds(4));
        payments.update(refunding);
        assertThat(payments.byReference(payment.reference())).contains(refunding);
    }

    @Test
    void aRefundKeepsItsReferenceBesideTheTransactions() {
        Payment payment = cardAttempt("k1");
        payments.add(payment);
        Payment captured = payment.authorized("pi_1", Optional.empty(), T0.plusSeconds(1))
                .paid(Optional.empty(), T0.plusSeconds(2));
        payments.update(captured);

        Payment refunded =
                captured.refunded("r".repeat(Payment.MAX_PROVIDER_REFERENCE), "order cancelled", T0.plusSeconds(3));
        payments.update(refunded);

        assertThat(payments.byReference(payment.reference())).contains(refunded);
        assertThat(payments.ofOrder(cardOrder.uid())).containsExactly(refunded);
        assertThat(refunded.providerReference()).contains("pi_1");
    }

    @Test
    void attemptsOfAnOrderComeOldestFirstAndTheLiveOneIsFound() {
        Payment first = cardAttempt("k1");
        payments.add(first);
        payments.update(first.failed("card_declined", T0.plusSeconds(1)));
        Payment second = cardAttempt("k2");
        payments.add(second);

        assertThat(payments.ofOrder(cardOrder.uid()))
                .extracting(Payment::requestKey)
                .extracting(key -> key.orElseThrow().key())
                .containsExactly("k1", "k2");
        assertThat(payments.latestOf(cardOrder.uid())).contains(second);
        assertThat(payments.liveOf(cardOrder.uid())).contains(second);
    }

    @Test
    void aPaymentAtTheDoorHasNoRequestKey() {
        Payment atTheDoor = Payment.atTheDoor(cashOrder.uid(), PaymentMethod.POS_ON_DELIVERY, cashOrder.total(), T0);
        payments.add(atTheDoor);
        Payment collected = atTheDoor.paid(Optional.of("terminal-0042"), T0.plusSeconds(60));
        payments.update(collected);

        assertThat(payments.ofOrder(cashOrder.uid())).containsExactly(collected);
        assertThat(payments.ofOrder(cashOrder.uid()).get(0).requestKey()).isEmpty();
    }

    @Test
    void theLongestReferencesAndReasonAPaymentAllowsAreKeptWhole() {
        Payment payment = cardAttempt("k1");
        payments.add(payment);
        Payment voided = payment.authorized("h".repeat(Payment.MAX_PROVIDER_REFERENCE), Optional.empty(), T0)
                .voided("r".repeat(Payment.MAX_FAILURE_REASON), T0.plusSeconds(1));

        payments.update(voided);

        assertThat(payments.byReference(payment.reference())).contains(voided);
        assertThat(payments.markEventApplied("bank", "e".repeat(PaymentNotice.MAX_EVENT_ID), payment.reference(), T0))
                .isTrue();
    }

    @Test
    void anEventIsAppliedOncePerProvider() {
        Payment payment = cardAttempt("k1");
        payments.add(payment);

        assertThat(payments.markEventApplied("bank", "evt_1", payment.reference(), T0))
                .isTrue();
        assertThat(payments.markEventApplied("bank", "evt_1", payment.reference(), T0.plusSeconds(5)))
                .isFalse();
        assertThat(payments.markEventApplied("stripe", "evt_1", payment.reference(), T0))
                .isTrue();
    }
}
