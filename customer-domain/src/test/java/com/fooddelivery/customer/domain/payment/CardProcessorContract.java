package com.fooddelivery.customer.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Currency;
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
    protected static final CardSource.Card GOOD_CARD = new CardSource.Card("4242424242424242", 12, 2030, "123",
            "Anna Smith");
    /** The published test number that processors decline. */
    protected static final CardSource.Card DECLINED_CARD = new CardSource.Card("4000000000000002", 12, 2030, "123",
            "Anna Smith");
    protected static final Money AMOUNT = Money.of("19.20", Currency.getInstance("EUR"));

    private CardProcessor cards;
    private PaymentReference reference;

    /** @return a processor with no holds yet */
    protected abstract CardProcessor processor();

    /**
     * Makes the processor decline the next authorisation, for processors that decide by something
     * else than the card number (a scripted fake); others need do nothing.
     */
    protected void declineNextAuthorisation() {
    }

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

        assertThat(outcome).isInstanceOfSatisfying(CardProcessor.Declined.class,
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

        CardProcessor.Outcome captured = cards.capture(held, AMOUNT, reference + "-capture");

        assertThat(captured).isInstanceOf(CardProcessor.Approved.class);
        assertThat(cards.capture(held, AMOUNT, reference + "-capture")).isEqualTo(captured);
        assertThat(cards.refund(held, AMOUNT, reference + "-refund")).isInstanceOf(CardProcessor.Approved.class);
    }

    @Test
    void aHoldIsReleasedBeforeCaptureAndAReleaseRepeatedIsHarmless() {
        String held = hold(reference.value());

        CardProcessor.Outcome released = cards.voidAuthorization(held, reference + "-void");

        assertThat(released).isInstanceOf(CardProcessor.Approved.class);
        assertThat(cards.voidAuthorization(held, reference + "-void")).isEqualTo(released);
    }

    @Test
    void aReferenceTheProcessorNeverIssuedIsRefused() {
        assertThat(cards.capture("pi_neverIssued", AMOUNT, "c")).isInstanceOf(CardProcessor.Declined.class);
        assertThat(cards.voidAuthorization("pi_neverIssued", "v")).isInstanceOf(CardProcessor.Declined.class);
        assertThat(cards.refund("pi_neverIssued", AMOUNT, "r")).isInstanceOf(CardProcessor.Declined.class);
    }
}
