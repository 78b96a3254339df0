package com.fooddelivery.customer.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.Money;
import java.net.URI;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CardProcessor} promises the use cases: a hold per idempotency key, answered the
 * same way however often the key is repeated, and capture, release and refund acting on holds it
 * made. Run against the use-case tests' fake, the sandbox processor and the Stripe adapter (over
 * sockets, against a stand-in that keeps state as Stripe does).
 */
public abstract class CardProcessorContract {

    /** A card every processor under test approves: the published Visa test number. */
    protected static final CardSource.Card GOOD_CARD =
            new CardSource.Card("4242424242424242", 12, 2030, "123", "Anna Smith");
    /** The published test number that processors decline. */
    protected static final CardSource.Card DECLINED_CARD =
            new CardSource.Card("4000000000000002", 12, 2030, "123", "Anna Smith");
    /** Stripe's published 3-D Secure test number: every payment needs the cardholder's authentication. */
    protected static final CardSource.Card THREE_DS_CARD =
            new CardSource.Card("4000002760003184", 12, 2030, "123", "Anna Smith");
    /**
     * Stripe's 3-D Secure 2 test number, which the processors under test save without a challenge and
     * which asks the cardholder to authenticate on every payment.
     */
    protected static final CardSource.Card THREE_DS_2_CARD =
            new CardSource.Card("4000000000003220", 12, 2030, "123", "Anna Smith");

    private static final CardProcessor.CardHolder ANNA =
            new CardProcessor.CardHolder("7b0f6f0e-3f1a-4c55-9d7e-1c2b3a4d5e6f", Optional.empty());
    protected static final Money AMOUNT = Money.of("19.20", Currency.getInstance("EUR"));

    private CardProcessor cards;
    private PaymentReference reference;

    /** @return a processor with no holds yet */
    protected abstract CardProcessor processor();

    /**
     * Makes the processor decline the next authorisation, for processors that decide by something
     * else than the card number (a scripted fake); others need do nothing.
     */
    protected void declineNextAuthorisation() {}

    /**
     * Makes the processor ask for authentication on the next authorisation, for processors that decide
     * by something else than the card number; others need do nothing.
     */
    protected void requireAuthenticationNext() {}

    /**
     * Plays the cardholder at the processor's challenge: approves or fails the authentication.
     *
     * @param action what the processor answered the authorisation with
     * @param approve whether the cardholder completes the challenge
     */
    protected abstract void authenticate(CardProcessor.RequiresAction action, boolean approve);

    @BeforeEach
    void aProcessor() {
        cards = processor();
        reference = PaymentReference.random();
    }

    private String hold(String key) {
        CardProcessor.Outcome outcome = cards.authorize(reference, AMOUNT, GOOD_CARD, key);
        assertThat(outcome).isInstanceOf(CardProcessor.Approved.class);
        return ((CardProcessor.Approved) outcome).processorReference();
    }

    @Test
    void aGoodCardIsHeldAndTheProcessorTellsItsBrandAndLastFourDigits() {
        CardProcessor.Outcome outcome = cards.authorize(reference, AMOUNT, GOOD_CARD, reference.value());

        assertThat(outcome).isInstanceOfSatisfying(CardProcessor.Approved.class, approved -> {
            assertThat(approved.processorReference()).isNotBlank().doesNotContain(GOOD_CARD.number());
            assertThat(approved.card()).contains(new CardSummary("VISA", "4242"));
        });
    }

    @Test
    void aDeclinedCardIsAnAnswerWithAReasonNotAnError() {
        declineNextAuthorisation();

        CardProcessor.Outcome outcome = cards.authorize(reference, AMOUNT, DECLINED_CARD, reference.value());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        CardProcessor.Declined.class,
                        declined -> assertThat(declined.reason()).isNotBlank().doesNotContain(DECLINED_CARD.number()));
    }

    @Test
    void aRepeatedKeyGetsTheFirstAnswerAndAnotherKeyAnotherHold() {
        CardProcessor.Outcome first = cards.authorize(reference, AMOUNT, GOOD_CARD, "pay-1");

        assertThat(cards.authorize(reference, AMOUNT, GOOD_CARD, "pay-1")).isEqualTo(first);
        assertThat(hold("pay-2")).isNotEqualTo(((CardProcessor.Approved) first).processorReference());
    }

    @Test
    void aHoldIsCapturedOnceUnderItsKeyAndThenRefunded() {
        String held = hold(reference.value());

        CardProcessor.Outcome captured = cards.capture(held, AMOUNT, reference.captureKey());

        assertThat(captured).isInstanceOf(CardProcessor.Approved.class);
        assertThat(cards.capture(held, AMOUNT, reference.captureKey())).isEqualTo(captured);
        assertThat(cards.refund(held, AMOUNT, reference.refundKey())).isInstanceOf(CardProcessor.Approved.class);
    }

    @Test
    void aHoldIsReleasedBeforeCaptureAndAReleaseRepeatedIsHarmless() {
        String held = hold(reference.value());

        CardProcessor.Outcome released = cards.voidAuthorization(held, reference.voidKey());

        assertThat(released).isInstanceOf(CardProcessor.Approved.class);
        assertThat(cards.voidAuthorization(held, reference.voidKey())).isEqualTo(released);
    }

    @Test
    void aReferenceTheProcessorNeverIssuedIsRefused() {
        assertThat(cards.capture("pi_neverIssued", AMOUNT, "c")).isInstanceOf(CardProcessor.Declined.class);
        assertThat(cards.voidAuthorization("pi_neverIssued", "v")).isInstanceOf(CardProcessor.Declined.class);
        assertThat(cards.refund("pi_neverIssued", AMOUNT, "r")).isInstanceOf(CardProcessor.Declined.class);
    }

    private CardProcessor.RequiresAction challenged() {
        requireAuthenticationNext();
        CardProcessor.Outcome outcome = cards.authorize(reference, AMOUNT, THREE_DS_CARD, reference.value());
        assertThat(outcome).isInstanceOf(CardProcessor.RequiresAction.class);
        return (CardProcessor.RequiresAction) outcome;
    }

    @Test
    void aCardThatNeedsAuthenticationSendsTheCustomerToAUrlAndWaitsForThem() {
        CardProcessor.RequiresAction action = challenged();

        // The sandbox's URL is relative to the service's own address, which the HTTP adapter adds.
        assertThat(URI.create(action.redirectUrl()).getPath()).isNotBlank();
        assertThat(action.redirectUrl()).doesNotContain(THREE_DS_CARD.number());
        assertThat(action.processorReference()).isNotBlank();
        assertThat(cards.outcomeOf(action.processorReference())).isInstanceOf(CardProcessor.RequiresAction.class);
        assertThat(cards.authorize(reference, AMOUNT, THREE_DS_CARD, reference.value()))
                .isEqualTo(action);
    }

    @Test
    void anAuthenticatedCardIsHeldAndItsHoldCaptured() {
        CardProcessor.RequiresAction action = challenged();

        authenticate(action, true);

        assertThat(cards.outcomeOf(action.processorReference()))
                .isInstanceOfSatisfying(
                        CardProcessor.Approved.class,
                        approved -> assertThat(
                                        cards.capture(approved.processorReference(), AMOUNT, reference.captureKey()))
                                .isInstanceOf(CardProcessor.Approved.class));
    }

    @Test
    void aFailedAuthenticationIsADeclineSayingSo() {
        CardProcessor.RequiresAction action = challenged();

        authenticate(action, false);

        assertThat(cards.outcomeOf(action.processorReference()))
                .isEqualTo(new CardProcessor.Declined("authentication_failed"));
    }

    @Test
    void anAuthenticationNeverFinishedCanBeCancelled() {
        CardProcessor.RequiresAction action = challenged();

        assertThat(cards.voidAuthorization(action.processorReference(), reference.voidKey()))
                .isInstanceOf(CardProcessor.Approved.class);
    }

    @Test
    void theOutcomeOfAnAttemptTheProcessorNeverIssuedIsADecline() {
        assertThat(cards.outcomeOf("pi_neverIssued")).isInstanceOf(CardProcessor.Declined.class);
    }

    /**
     * Checks that the processor no longer has {@code processorCardId} attached to a customer, for
     * processors that keep saved cards; a stateless one need do nothing.
     *
     * @param processorCardId the detached card
     */
    protected void assertDetached(String processorCardId) {}

    private CardProcessor.Saved save(CardProcessor.CardHolder holder, String key) {
        CardProcessor.SaveOutcome outcome = cards.saveCard(holder, GOOD_CARD, key);
        assertThat(outcome).isInstanceOf(CardProcessor.Saved.class);
        return (CardProcessor.Saved) outcome;
    }

    @Test
    void aSavedCardIsFiledUnderOneProcessorCustomerWithItsBrandLastFourAndExpiry() {
        CardProcessor.Saved first = save(ANNA, reference + "-save-1");

        assertThat(first.card()).isEqualTo(new CardSummary("VISA", "4242"));
        assertThat(first.expiry()).isEqualTo(YearMonth.of(2030, 12));
        assertThat(first.processorCardId()).isNotBlank().doesNotContain(GOOD_CARD.number());
        assertThat(first.processorCustomerId()).isNotBlank();

        CardProcessor.Saved second = save(
                new CardProcessor.CardHolder(ANNA.customerRef(), Optional.of(first.processorCustomerId())),
                reference + "-save-2");
        assertThat(second.processorCustomerId()).isEqualTo(first.processorCustomerId());
        assertThat(second.processorCardId()).isNotEqualTo(first.processorCardId());
    }

    @Test
    void aDeclinedCardIsNotSaved() {
        declineNextAuthorisation();

        assertThat(cards.saveCard(ANNA, DECLINED_CARD, reference + "-save"))
                .isInstanceOfSatisfying(
                        CardProcessor.Declined.class,
                        declined -> assertThat(declined.reason()).isNotBlank().doesNotContain(DECLINED_CARD.number()));
    }

    @Test
    void aCardThatNeedsAuthenticationToBeSavedIsRefusedSayingSo() {
        requireAuthenticationNext();

        assertThat(cards.saveCard(ANNA, THREE_DS_CARD, reference + "-save"))
                .isEqualTo(new CardProcessor.Declined("authentication_required"));
    }

    @Test
    void aDetachedCardIsGoneAndDetachingAgainOrAnUnknownCardIsHarmless() {
        CardProcessor.Saved saved = save(ANNA, reference + "-save");

        cards.detachCard(saved.processorCardId());
        assertDetached(saved.processorCardId());

        cards.detachCard(saved.processorCardId());
        cards.detachCard("pm_neverIssued");
    }

    /**
     * Checks that the processor got the CVC of a payment with a saved card the way it checks one, for
     * processors that can be watched; others need do nothing.
     *
     * @param saved the card paid with
     * @param cvc   the CVC typed for the payment
     */
    protected void assertCvcSentForCheck(CardProcessor.Saved saved, String cvc) {}

    private static CardSource.Saved withCvc(CardProcessor.Saved saved, String cvc) {
        return new CardSource.Saved(saved.processorCustomerId(), saved.processorCardId(), cvc);
    }

    @Test
    void aSavedCardPaysWithTheCvcTypedAgainOncePerKeyAndItsHoldIsCaptured() {
        CardProcessor.Saved saved = save(ANNA, reference + "-save");

        CardProcessor.Outcome outcome = cards.authorize(reference, AMOUNT, withCvc(saved, "321"), reference.value());

        assertThat(outcome).isInstanceOfSatisfying(CardProcessor.Approved.class, approved -> {
            assertThat(approved.processorReference()).isNotBlank().doesNotContain("321");
            assertThat(cards.capture(approved.processorReference(), AMOUNT, reference + "-capture"))
                    .isInstanceOf(CardProcessor.Approved.class);
        });
        assertCvcSentForCheck(saved, "321");
        assertThat(cards.authorize(reference, AMOUNT, withCvc(saved, "321"), reference.value()))
                .isEqualTo(outcome);
    }

    @Test
    void aSavedCardWhoseIssuerWantsAuthenticationTakesTheSameThreeDSecurePath() {
        CardProcessor.SaveOutcome saving = cards.saveCard(ANNA, THREE_DS_2_CARD, reference + "-save");
        assertThat(saving).isInstanceOf(CardProcessor.Saved.class);
        requireAuthenticationNext();

        CardProcessor.Outcome outcome =
                cards.authorize(reference, AMOUNT, withCvc((CardProcessor.Saved) saving, "123"), reference.value());

        assertThat(outcome).isInstanceOf(CardProcessor.RequiresAction.class);
        CardProcessor.RequiresAction action = (CardProcessor.RequiresAction) outcome;
        authenticate(action, true);
        assertThat(cards.outcomeOf(action.processorReference())).isInstanceOf(CardProcessor.Approved.class);
    }

    @Test
    void aSavedCardIsNotSavedAgain() {
        CardProcessor.Saved saved = save(ANNA, reference + "-save");

        assertThat(cards.saveCard(ANNA, withCvc(saved, "123"), reference + "-again"))
                .isEqualTo(new CardProcessor.Declined("already_saved"));
    }
}
