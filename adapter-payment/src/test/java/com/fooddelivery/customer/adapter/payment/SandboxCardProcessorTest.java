package com.fooddelivery.customer.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxCardProcessorTest {

    private static final Money AMOUNT = Money.of("19.20", Currency.getInstance("EUR"));
    private final SandboxCardProcessor sandbox =
            new SandboxCardProcessor(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    private CardProcessor.Outcome pay(String number, int month, int year) {
        return sandbox.authorize(
                PaymentReference.random(),
                AMOUNT,
                new CardSource.Card(number, month, year, "123", "A B"),
                "key-" + number);
    }

    @Test
    void theSuccessCardIsAuthorisedWithBrandAndLastFour() {
        CardProcessor.Outcome outcome = pay("4242424242424242", 12, 2030);

        assertThat(outcome).isInstanceOfSatisfying(CardProcessor.Approved.class, approved -> {
            assertThat(approved.card()).contains(new CardSummary("VISA", "4242"));
            assertThat(approved.processorReference()).startsWith("sbx_auth_").doesNotContain("4242424242424242");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "4000000000000002, card_declined",
        "4000000000009995, insufficient_funds",
        "4000000000000119, processing_error",
        "4242424242424241, incorrect_number"
    })
    void theTestNumbersGetTheirPublishedAnswers(String number, String reason) {
        assertThat(pay(number, 12, 2030)).isEqualTo(new CardProcessor.Declined(reason));
    }

    @Test
    void aCardIsValidThroughItsExpiryMonth() {
        assertThat(pay("4242424242424242", 11, 2026)).isInstanceOf(CardProcessor.Approved.class);
        assertThat(pay("4242424242424242", 10, 2026)).isEqualTo(new CardProcessor.Declined("expired_card"));
    }

    @Test
    void testTokensWorkLikeTheirCards() {
        assertThat(sandbox.authorize(PaymentReference.random(), AMOUNT, new CardSource.Token("tok_visa"), "k"))
                .isInstanceOf(CardProcessor.Approved.class);
        assertThat(sandbox.authorize(
                        PaymentReference.random(), AMOUNT, new CardSource.Token("tok_chargeDeclined"), "k"))
                .isEqualTo(new CardProcessor.Declined("card_declined"));
        assertThat(sandbox.authorize(PaymentReference.random(), AMOUNT, new CardSource.Token("tok_nonsense"), "k"))
                .isEqualTo(new CardProcessor.Declined("invalid_token"));
    }

    @Test
    void itsOwnTestTokenStandsForAProcessorThatNeverAnswers() {
        assertThatThrownBy(() -> sandbox.authorize(
                        PaymentReference.random(),
                        AMOUNT,
                        new CardSource.Token(SandboxCardProcessor.NO_ANSWER_TOKEN),
                        "k"))
                .isInstanceOf(PaymentGatewayException.class);
    }

    @Test
    void theSameKeyGetsTheSameAnswerAndCaptureVoidRefundFollowAnAuthorisation() {
        CardProcessor.Outcome first = pay("4242424242424242", 12, 2030);
        CardProcessor.Outcome again = pay("4242424242424242", 12, 2030);
        String authorization = ((CardProcessor.Approved) first).processorReference();

        assertThat(again).isEqualTo(first);
        assertThat(sandbox.capture(authorization, AMOUNT, "c1")).isInstanceOf(CardProcessor.Approved.class);
        assertThat(sandbox.capture(authorization, AMOUNT, "c1"))
                .isEqualTo(sandbox.capture(authorization, AMOUNT, "c1"));
        assertThat(sandbox.voidAuthorization(authorization, "v1")).isInstanceOf(CardProcessor.Approved.class);
        assertThat(sandbox.refund(authorization, AMOUNT, "r1")).isInstanceOf(CardProcessor.Approved.class);
        assertThat(sandbox.capture("ch_someone_elses", AMOUNT, "c2"))
                .isEqualTo(new CardProcessor.Declined("no_such_authorization"));
    }

    @Test
    void luhnAcceptsValidNumbersOnly() {
        assertThat(SandboxCardProcessor.luhn("4242424242424242")).isTrue();
        assertThat(SandboxCardProcessor.luhn("5555555555554444")).isTrue();
        assertThat(SandboxCardProcessor.luhn("4242424242424243")).isFalse();
        assertThat(SandboxCardProcessor.luhn("0000")).isFalse();
        assertThat(Optional.of(new CardSource.Card("4242424242424242", 1, 2030, "987", "X").toString()))
                .hasValueSatisfying(
                        text -> assertThat(text).doesNotContain("424242424242").doesNotContain("987"));
    }

    private CardProcessor.RequiresAction challenged(SandboxCardProcessor processor, CardSource source) {
        CardProcessor.Outcome outcome = processor.authorize(PaymentReference.random(), AMOUNT, source, "key-3ds");
        assertThat(outcome).isInstanceOf(CardProcessor.RequiresAction.class);
        return (CardProcessor.RequiresAction) outcome;
    }

    @Test
    void stripesThreeDSecureCardsAndTokensAskTheCardholderAndAnswerAsStripeDocumentsThem() {
        var cases = Map.of(
                new CardSource.Card("4000002760003184", 12, 2030, "123", "A B"), true,
                new CardSource.Card("4000000000003220", 12, 2030, "123", "A B"), true,
                new CardSource.Card("4000008400001629", 12, 2030, "123", "A B"), false,
                new CardSource.Token("tok_authenticationRequired"), true,
                new CardSource.Token("tok_threeDSecure2Required"), true,
                new CardSource.Token("tok_threeDSecureRequiredChargeDeclined"), false);
        cases.forEach((source, heldAfterwards) -> {
            SandboxChallenges challenges = new SandboxChallenges(Optional.of("https://app.example/paid?x=1"));
            SandboxCardProcessor processor = new SandboxCardProcessor(
                    Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), challenges);
            CardProcessor.RequiresAction action = challenged(processor, source);
            assertThat(action.redirectUrl()).isEqualTo(SandboxChallenges.PATH + action.processorReference());

            assertThat(challenges.decide(action.processorReference(), true))
                    .hasValueSatisfying(
                            url -> assertThat(url).startsWith("https://app.example/paid?x=1&payment_reference="));

            CardProcessor.Outcome outcome = processor.outcomeOf(action.processorReference());
            if (heldAfterwards) {
                assertThat(outcome).as(source.toString()).isInstanceOf(CardProcessor.Approved.class);
            } else {
                assertThat(outcome).as(source.toString()).isEqualTo(new CardProcessor.Declined("card_declined"));
            }
            assertThat(challenges.decide(action.processorReference(), false))
                    .as("the first decision stays")
                    .isPresent();
            assertThat(processor.outcomeOf(action.processorReference())).isEqualTo(outcome);
        });
    }

    @Test
    void failingTheChallengeIsAnAuthenticationFailureAndAnUnknownChallengeHasNoPage() {
        SandboxChallenges challenges = new SandboxChallenges(Optional.empty());
        SandboxCardProcessor processor = new SandboxCardProcessor(
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), challenges);
        CardProcessor.RequiresAction action =
                challenged(processor, new CardSource.Card("4000002760003184", 12, 2030, "123", "A B"));

        assertThat(challenges.decide(action.processorReference(), false)).contains(action.redirectUrl());

        assertThat(processor.outcomeOf(action.processorReference()))
                .isEqualTo(new CardProcessor.Declined("authentication_failed"));
        assertThat(challenges.page(action.processorReference()))
                .hasValueSatisfying(page -> assertThat(page).contains("FAILED").doesNotContain("<form"));
        assertThat(challenges.page("sbx_3ds_unknown")).isEmpty();
        assertThat(challenges.decide("sbx_3ds_unknown", true)).isEmpty();
    }
}
