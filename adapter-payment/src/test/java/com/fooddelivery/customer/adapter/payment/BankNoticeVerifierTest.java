package com.fooddelivery.customer.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BankNoticeVerifierTest {

    private static final String SECRET = "whsec_test_0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final byte[] BODY = utf8("""
            {"id": "evt_1", "type": "payment.succeeded", "reference": "ABCDEFGHJK2345678923",
             "amount": 19.20, "currency": "EUR", "transactionId": "bank-tx-9"}""");

    private final BankNoticeVerifier callbacks = new BankNoticeVerifier(Optional.of(SECRET));

    @Test
    void aCorrectlySignedCallbackIsRead() {
        PaymentNotice notice =
                callbacks.verify("bank", BankNoticeVerifier.sign(SECRET, NOW.getEpochSecond(), BODY), BODY, NOW);

        assertThat(notice.eventId()).isEqualTo("evt_1");
        assertThat(notice.reference()).isEqualTo("ABCDEFGHJK2345678923");
        assertThat(notice.amount().toString()).isEqualTo("19.20 EUR");
        assertThat(notice.outcome()).isEqualTo(PaymentNotice.Outcome.PAID);
        assertThat(notice.transactionReference()).contains("bank-tx-9");
    }

    @Test
    void theSignatureIsAnHmacOfTimestampDotBody() {
        // Computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac secret
        assertThat(BankNoticeVerifier.sign("secret", 1_700_000_000L, "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("t=1700000000,v1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163");
    }

    @Test
    void aWrongSecretATamperedBodyOrAMissingSignatureIsRejected() {
        long t = NOW.getEpochSecond();
        assertRejected(BankNoticeVerifier.sign("another-secret-entirely", t, BODY), BODY, NOW);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8)
                .replace("19.20", "1.20")
                .getBytes(StandardCharsets.UTF_8);
        assertRejected(BankNoticeVerifier.sign(SECRET, t, BODY), tampered, NOW);
        assertRejected(null, BODY, NOW);
        assertRejected("v1=abc", BODY, NOW);
        assertRejected("t=soon," + BankNoticeVerifier.sign(SECRET, t, BODY).split(",")[1], BODY, NOW);
        assertThatThrownBy(() -> callbacks.verify("paypal", BankNoticeVerifier.sign(SECRET, t, BODY), BODY, NOW))
                .isInstanceOf(CallbackRejectedException.class);
        assertThatThrownBy(() -> new BankNoticeVerifier(Optional.empty())
                        .verify("bank", BankNoticeVerifier.sign(SECRET, t, BODY), BODY, NOW))
                .isInstanceOf(CallbackRejectedException.class);
    }

    @Test
    void theTimestampMayBeOffByFiveMinutesAndNoMore() {
        long t = NOW.getEpochSecond();
        assertThat(callbacks.verify("bank", BankNoticeVerifier.sign(SECRET, t - 300, BODY), BODY, NOW))
                .isNotNull();
        assertThat(callbacks.verify("bank", BankNoticeVerifier.sign(SECRET, t + 300, BODY), BODY, NOW))
                .isNotNull();
        assertRejected(BankNoticeVerifier.sign(SECRET, t - 301, BODY), BODY, NOW);
        assertRejected(BankNoticeVerifier.sign(SECRET, t + 301, BODY), BODY, NOW);
    }

    @Test
    void aRotatedSecretIsAcceptedInASecondV1() {
        long t = NOW.getEpochSecond();
        String old = BankNoticeVerifier.sign("old-secret-0123456789", t, BODY).split(",")[1];
        String current = BankNoticeVerifier.sign(SECRET, t, BODY).split(",")[1];

        assertThat(callbacks.verify("bank", "t=" + t + "," + old + "," + current, BODY, NOW))
                .isNotNull();
    }

    @Test
    void aSignedBodyThatIsNoNoticeIsInvalid() {
        byte[] body = "{\"id\":\"evt_2\",\"type\":\"refund\",\"amount\":\"19.20\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> callbacks.verify(
                        "bank", BankNoticeVerifier.sign(SECRET, NOW.getEpochSecond(), body), body, NOW))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactly("type", "reference", "currency", "amount"));
    }

    @Test
    void aSignedBodyGivingAKeyTwiceIsInvalidRatherThanReadByItsLastValue() {
        byte[] body = utf8("""
                {"id": "evt_3", "type": "payment.failed", "type": "payment.succeeded",
                 "reference": "ABCDEFGHJK2345678923", "amount": 19.20, "currency": "EUR"}""");

        assertThatThrownBy(() -> callbacks.verify(
                        "bank", BankNoticeVerifier.sign(SECRET, NOW.getEpochSecond(), body), body, NOW))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field() + " " + error.message())
                                .containsExactly("body is not well-formed JSON with each key given once"));
    }

    @Test
    void aSignedTimestampBeyondAnyInstantIsRefusedAsOutsideTheTolerance() {
        assertRejected(BankNoticeVerifier.sign(SECRET, Long.MAX_VALUE, BODY), BODY, NOW);
        assertRejected(BankNoticeVerifier.sign(SECRET, Long.MIN_VALUE, BODY), BODY, NOW);
    }

    @Test
    void anOverLongReasonOrTransactionIdIsInvalidAndTheLongestAllowedIsRead() {
        byte[] overLong = failed("r".repeat(501), "t".repeat(256));
        byte[] longest = failed("é".repeat(500), "t".repeat(255));

        assertThatThrownBy(() -> verify(overLong))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(error -> error.field())
                                .containsExactly("transactionId", "failureReason"));
        assertThat(verify(longest).failureReason())
                .as("counted in characters, not bytes or UTF-16 units")
                .hasValueSatisfying(reason -> assertThat(reason).hasSize(500));
    }

    @Test
    void anAmountBeyondAnyPaymentIsInvalidBeforeItIsExpanded() {
        for (String amount : List.of("1e999999999", "1E+2147483647", "10000000000", "-0.01", "1e-999999999")) {
            byte[] body = utf8("""
                    {"id": "evt_3", "type": "payment.succeeded", "reference": "ABCDEFGHJK2345678923",
                     "amount": %s, "currency": "EUR"}""".formatted(amount));

            assertThatThrownBy(() -> verify(body))
                    .as(amount)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            invalid -> assertThat(invalid.errors())
                                    .extracting(error -> error.field())
                                    .containsExactly("amount"));
        }
    }

    private PaymentNotice verify(byte[] body) {
        return callbacks.verify("bank", BankNoticeVerifier.sign(SECRET, NOW.getEpochSecond(), body), body, NOW);
    }

    private static byte[] failed(String reason, String transactionId) {
        return utf8("""
                {"id": "evt_4", "type": "payment.failed", "reference": "ABCDEFGHJK2345678923",
                 "amount": 19.20, "currency": "EUR", "transactionId": "%s", "failureReason": "%s"}""".formatted(transactionId, reason));
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private void assertRejected(String signature, byte[] body, Instant now) {
        assertThatThrownBy(() -> callbacks.verify("bank", signature, body, now))
                .isInstanceOf(CallbackRejectedException.class);
    }
}
