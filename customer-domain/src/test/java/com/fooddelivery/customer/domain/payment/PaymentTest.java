package com.fooddelivery.customer.domain.payment;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A payment's steps that the use cases rely on, and the limits that keep it storable. */
class PaymentTest {

    private static final Money AMOUNT = Money.of("19.20", Currency.getInstance("EUR"));

    private final Payment pending = Payment.start(
            OrderUid.random(),
            PaymentMethod.CARD,
            AMOUNT,
            new Payment.RequestKey("k1", "fingerprint"),
            Optional.empty(),
            T0);

    @Test
    void aRefusedCaptureKeepsTheHoldWithItsReasonUntilTheMoneyIsTaken() {
        Payment held = pending.authorized("pi_1", Optional.empty(), T0);

        Payment refused = held.captureRefused("capture refused: processing_error", T0.plusSeconds(1));

        assertThat(refused.status()).isEqualTo(Payment.Status.AUTHORIZED);
        assertThat(refused.providerReference()).contains("pi_1");
        assertThat(refused.failureReason()).contains("capture refused: processing_error");
        assertThat(refused.paid(Optional.empty(), T0.plusSeconds(2)).failureReason())
                .isEmpty();
        assertThatThrownBy(() -> pending.captureRefused("x", T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCaptureOwedKeepsTheHoldAndTheAttemptLiveUntilTheProcessorAnswers() {
        Payment refusedBefore = pending.authorized("pi_1", Optional.empty(), T0).captureRefused("refused", T0);

        Payment capturing = refusedBefore.capturing(T0.plusSeconds(1));

        assertThat(capturing.status()).isEqualTo(Payment.Status.CAPTURING);
        assertThat(capturing.status().live())
                .as("no new attempt may start meanwhile")
                .isTrue();
        assertThat(capturing.providerReference()).contains("pi_1");
        assertThat(capturing.failureReason())
                .as("the earlier refusal is asked again")
                .isEmpty();
        assertThat(capturing.paid(Optional.of("ch_1"), T0.plusSeconds(2)).status())
                .isEqualTo(Payment.Status.PAID);
        assertThat(capturing.captureRefused("refused again", T0.plusSeconds(2)).status())
                .isEqualTo(Payment.Status.AUTHORIZED);
        assertThatThrownBy(() -> capturing.voided("order cancelled", T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> capturing.capturing(T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pending.capturing(T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aVoidedAttemptLearnsOfTheHoldPlacedWhileItWasGivenUpAndWhetherItsReleaseIsConfirmed() {
        Payment voided = pending.voided("order cancelled", T0);

        Payment releasing = voided.releasing("pi_1", "releasing the hold", T0.plusSeconds(1));
        Payment released = releasing.voidedWithHold("pi_1", "released", T0.plusSeconds(2));

        assertThat(releasing.status()).isEqualTo(Payment.Status.RELEASING);
        assertThat(releasing.status().live()).isFalse();
        assertThat(releasing.providerReference()).contains("pi_1");
        assertThat(released.status()).isEqualTo(Payment.Status.VOIDED);
        assertThat(released.failureReason()).contains("released");
        assertThat(voided.voidedWithHold("pi_1", "released", T0).status()).isEqualTo(Payment.Status.VOIDED);
        assertThatThrownBy(() -> releasing.voidedWithHold("pi_2", "released", T0))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pending.voidedWithHold("pi_1", "released", T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pending.releasing("pi_1", "releasing", T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void moneyArrivingForAGivenUpAttemptIsOwedBackBeforeItIsRecordedAsSentBack() {
        Payment failed = pending.failed("card_declined", T0);

        Payment owed = failed.refunding("tx_late", "owed back", T0.plusSeconds(1));
        Payment sent = owed.refundedOnArrival("tx_late", "re_1", "sent back", T0.plusSeconds(2));

        assertThat(owed.status()).isEqualTo(Payment.Status.REFUNDING);
        assertThat(owed.status().live()).isFalse();
        assertThat(owed.providerReference()).contains("tx_late");
        assertThat(sent.status()).isEqualTo(Payment.Status.REFUNDED);
        assertThat(sent.refundReference()).contains("re_1");
        assertThat(failed.releasing("pi_1", "a hold appeared", T0).status()).isEqualTo(Payment.Status.RELEASING);
        Payment paid = pending.paid(Optional.of("tx_1"), T0);
        assertThatThrownBy(() -> paid.refunding("tx_1", "owed", T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pending.refunding("tx_1", "owed", T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReasonOrReferenceLongerThanAPaymentKeepsIsRefusedAndQuotedReasonsAreCutToFit() {
        String longest = "r".repeat(Payment.MAX_FAILURE_REASON);

        assertThat(pending.failed(longest, T0).failureReason()).contains(longest);
        assertThatThrownBy(() -> pending.failed(longest + "r", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> pending.authorized("p".repeat(Payment.MAX_PROVIDER_REFERENCE + 1), Optional.empty(), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Payment.fittedReason("why: " + longest))
                .hasSize(Payment.MAX_FAILURE_REASON)
                .startsWith("why: ")
                .endsWith("…");
        assertThat(Payment.fittedReason("short")).isEqualTo("short");
        assertThat(pending.failed("é".repeat(Payment.MAX_FAILURE_REASON), T0).failureReason())
                .as("counted in characters, as the column counts them")
                .isPresent();
    }

    @Test
    void aNoticeRefusesWhatAPaymentCouldNotKeep() {
        assertThatThrownBy(() -> notice("e".repeat(PaymentNotice.MAX_EVENT_ID + 1), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("eventId"));
        assertThatThrownBy(() -> notice(
                        "evt_1",
                        Optional.of("t".repeat(Payment.MAX_PROVIDER_REFERENCE + 1)),
                        Optional.of("r".repeat(Payment.MAX_FAILURE_REASON + 1))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactly("transactionReference", "failureReason"));
        assertThat(notice(
                                "e".repeat(PaymentNotice.MAX_EVENT_ID),
                                Optional.of("t".repeat(Payment.MAX_PROVIDER_REFERENCE)),
                                Optional.of("r".repeat(Payment.MAX_FAILURE_REASON)))
                        .eventId())
                .hasSize(PaymentNotice.MAX_EVENT_ID);
    }

    private static PaymentNotice notice(String eventId, Optional<String> transaction, Optional<String> reason) {
        return new PaymentNotice(
                "bank",
                eventId,
                PaymentMethod.BANK_QR,
                "ABCDEFGHJK2345678923",
                AMOUNT,
                PaymentNotice.Outcome.FAILED,
                transaction,
                reason);
    }
}
