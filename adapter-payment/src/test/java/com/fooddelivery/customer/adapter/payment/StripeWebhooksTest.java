package com.fooddelivery.customer.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stripe's webhooks, signed as Stripe signs them. The signatures are made with our own bank
 * callback signer, so these tests also show the two schemes are the same HMAC.
 */
class StripeWebhooksTest {

    private static final String SECRET = "whsec_test_0123456789abcdefghij";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String REFERENCE = "ABCDEFGHJK2345678923";

    private final StripeWebhooks webhooks = new StripeWebhooks(Optional.of(SECRET));

    private static byte[] event(String type, String status, String extra) {
        return StripeJson.event(
                        "evt_1Qtest", type, StripeJson.paymentIntent("pi_3Qauthorised", status, REFERENCE, extra))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String signed(byte[] body, Instant at) {
        return BankNoticeVerifier.sign(SECRET, at.getEpochSecond(), body);
    }

    private PaymentNotice verify(byte[] body) {
        return webhooks.verify("stripe", signed(body, NOW), body, NOW);
    }

    @ParameterizedTest
    @CsvSource({
        "payment_intent.amount_capturable_updated, requires_capture, AUTHORIZED",
        "payment_intent.requires_action, requires_action, ACTION_REQUIRED",
        "payment_intent.succeeded, succeeded, PAID",
        "payment_intent.payment_failed, requires_payment_method, FAILED",
        "payment_intent.canceled, canceled, CANCELLED"
    })
    void eachPaymentIntentEventIsACardNoticeAboutOurReference(
            String type, String status, PaymentNotice.Outcome outcome) {
        PaymentNotice notice = verify(event(type, status, ""));

        assertThat(notice.provider()).isEqualTo("stripe");
        assertThat(notice.eventId()).isEqualTo("evt_1Qtest");
        assertThat(notice.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(notice.reference()).isEqualTo(REFERENCE);
        assertThat(notice.amount().toString()).isEqualTo("19.20 EUR");
        assertThat(notice.outcome()).isEqualTo(outcome);
        assertThat(notice.transactionReference()).contains("pi_3Qauthorised");
    }

    @Test
    void aFailureCarriesTheDeclineCodeAndACancelItsReason() {
        assertThat(verify(event("payment_intent.payment_failed", "requires_payment_method", """
                                "last_payment_error": {"type": "card_error", "code": "card_declined",
                                 "decline_code": "insufficient_funds"}"""))
                        .failureReason())
                .contains("insufficient_funds");
        assertThat(verify(event("payment_intent.payment_failed", "requires_payment_method", """
                                "last_payment_error": {"type": "invalid_request_error",
                                 "code": "payment_intent_authentication_failure"}"""))
                        .failureReason())
                .as("a failed 3-D Secure challenge, in the port's words")
                .contains("authentication_failed");
        assertThat(verify(event("payment_intent.canceled", "canceled", "\"cancellation_reason\": \"automatic\""))
                        .failureReason())
                .contains("automatic");
    }

    @Test
    void aWrongSignatureIsRefused() {
        byte[] body = event("payment_intent.succeeded", "succeeded", "");

        assertThatThrownBy(() -> webhooks.verify(
                        "stripe",
                        BankNoticeVerifier.sign("whsec_other_secret_000000", NOW.getEpochSecond(), body),
                        body,
                        NOW))
                .isInstanceOf(CallbackRejectedException.class);
        byte[] tampered =
                new String(body, StandardCharsets.UTF_8).replace("1920", "1").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> webhooks.verify("stripe", signed(body, NOW), tampered, NOW))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefusedAndOneJustInsideIsRead() {
        byte[] body = event("payment_intent.succeeded", "succeeded", "");

        assertThatThrownBy(() -> webhooks.verify("stripe", signed(body, NOW.minusSeconds(301)), body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThat(webhooks.verify("stripe", signed(body, NOW.minusSeconds(299)), body, NOW)
                        .eventId())
                .isEqualTo("evt_1Qtest");
    }

    @Test
    void aSignatureDatedMoreThanFiveMinutesAheadIsRefusedAndOneJustInsideIsRead() {
        byte[] body = event("payment_intent.succeeded", "succeeded", "");

        assertThatThrownBy(() -> webhooks.verify("stripe", signed(body, NOW.plusSeconds(301)), body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThat(webhooks.verify("stripe", signed(body, NOW.plusSeconds(299)), body, NOW)
                        .eventId())
                .isEqualTo("evt_1Qtest");
    }

    @Test
    void missingOrMalformedSignaturesAndUnsignedGarbageAreRefusedNotParsed() {
        byte[] body = event("payment_intent.succeeded", "succeeded", "");
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> webhooks.verify("stripe", null, body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> webhooks.verify("stripe", "t=soon,v1=ab", body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> webhooks.verify("stripe", "v1=ab", body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> webhooks.verify("stripe", "t=1795608000,v1=00", garbage, NOW))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void withoutASecretOrForAnotherProviderEverythingIsRefused() {
        byte[] body = event("payment_intent.succeeded", "succeeded", "");

        assertThatThrownBy(() -> new StripeWebhooks(Optional.empty()).verify("stripe", signed(body, NOW), body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> webhooks.verify("bank", signed(body, NOW), body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void aSignedEventOfAnotherKindOrWithoutOurReferenceIsInvalid() {
        byte[] charge = StripeJson.event("evt_2", "charge.succeeded", "{\"id\": \"ch_1\", \"object\": \"charge\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] foreign = StripeJson.event(
                        "evt_3",
                        "payment_intent.succeeded",
                        StripeJson.paymentIntent("pi_3", "succeeded", REFERENCE, "")
                                .replace("\"reference\"", "\"order\""))
                .getBytes(StandardCharsets.UTF_8);
        byte[] signedGarbage = "[1, 2".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verify(charge))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("type"));
        assertThatThrownBy(() -> verify(foreign))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("data.object"));
        assertThatThrownBy(() -> verify(signedGarbage)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @CsvSource({"kwd, three decimals", "xau, no decimals defined", "xyz, no ISO 4217 code"})
    void anEventInACurrencyOurMoneyCannotCountIsInvalid(String currency, String why) {
        byte[] body = event("payment_intent.succeeded", "succeeded", "");
        byte[] other = new String(body, StandardCharsets.UTF_8)
                .replace("\"currency\": \"eur\"", "\"currency\": \"" + currency + "\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verify(other))
                .as(why)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactly("data.object.currency"));
    }

    @Test
    void aCurrencyWithoutDecimalsIsCountedInWholeUnits() {
        byte[] yen = new String(event("payment_intent.succeeded", "succeeded", ""), StandardCharsets.UTF_8)
                .replace("\"currency\": \"eur\"", "\"currency\": \"jpy\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(verify(yen).amount().toString()).isEqualTo("1920.00 JPY");
    }

    @Test
    void aNegativeAmountOrAnOverLongCancellationReasonIsInvalid() {
        byte[] negative = StripeJson.event(
                        "evt_4",
                        "payment_intent.succeeded",
                        StripeJson.paymentIntent("pi_3Qauthorised", "succeeded", REFERENCE, -1, ""))
                .getBytes(StandardCharsets.UTF_8);
        byte[] wordy =
                event("payment_intent.canceled", "canceled", "\"cancellation_reason\": \"" + "x".repeat(501) + "\"");

        assertThatThrownBy(() -> verify(negative))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("data.object.amount"));
        assertThatThrownBy(() -> verify(wordy))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors().get(0).field())
                                .isEqualTo("data.object.cancellation_reason"));
    }

    @Test
    void theDispatcherHandsEachProviderToItsOwnVerifier() {
        NoticeVerifierByProvider callbacks = new NoticeVerifierByProvider(Map.of(
                StripeWebhooks.PROVIDER,
                webhooks,
                BankNoticeVerifier.PROVIDER,
                new BankNoticeVerifier(Optional.of("bank-secret-0123456789"))));
        byte[] body = event("payment_intent.succeeded", "succeeded", "");

        assertThat(callbacks.verify("stripe", signed(body, NOW), body, NOW).method())
                .isEqualTo(PaymentMethod.CARD);
        assertThatThrownBy(() -> callbacks.verify("bank", signed(body, NOW), body, NOW))
                .as("the bank's secret does not verify Stripe's signature")
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> callbacks.verify("paypal", signed(body, NOW), body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> callbacks.verify(null, signed(body, NOW), body, NOW))
                .isInstanceOf(CallbackRejectedException.class);
    }
}
