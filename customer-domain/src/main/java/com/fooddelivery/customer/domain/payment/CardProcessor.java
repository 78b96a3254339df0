package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Charges cards: a processor holds the money when the customer pays, takes it when the kitchen
 * starts, and releases or returns it when the order is cancelled. Every call carries an
 * idempotency key, and a processor answers a repeated key with its first answer, so retrying an
 * unanswered call never moves money twice.
 *
 * <p>A call the processor does not answer (timeout, outage) throws {@link PaymentGatewayException};
 * a refusal is an answer, {@link Declined}. A processor that wants the cardholder to authenticate
 * first (3-D Secure) answers {@link RequiresAction}; {@link #outcomeOf} later tells how that ended.
 *
 * <p>A processor reference the processor does not know (never issued, or forgotten, as by a sandbox
 * that restarted) is answered {@link Declined}, never an exception: {@link #outcomeOf},
 * {@link #capture}, {@link #voidAuthorization} and {@link #refund} of such a reference decline, so
 * the use cases can settle the attempt instead of retrying for ever.
 */
public interface CardProcessor {

    /**
     * Holds {@code amount} on the card.
     *
     * @param reference our reference of the attempt, which the processor reports back
     * @param idempotencyKey sent to the processor so that a retried call holds the money once
     * @return approved with the processor's reference, declined with its reason, or requiring the
     *     cardholder's authentication first
     */
    Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey);

    /**
     * Where an authorisation that required the cardholder's authentication stands now: approved once
     * they authenticated and the money is held, declined when they failed (e.g.
     * {@code authentication_failed}) or the issuer refused afterwards, or still requiring action.
     *
     * @param processorReference the processor's id of the attempt, from {@link RequiresAction}
     * @return the attempt's outcome as the processor knows it now
     */
    Outcome outcomeOf(String processorReference);

    /**
     * Takes the held money.
     *
     * @param amount how much to take, at most the held amount
     * @param idempotencyKey sent to the processor so that a retried call takes the money once
     */
    Outcome capture(String processorReference, Money amount, String idempotencyKey);

    /**
     * Releases the held money, before capture.
     *
     * @param idempotencyKey sent to the processor so that a retried call is harmless
     */
    Outcome voidAuthorization(String processorReference, String idempotencyKey);

    /**
     * Returns captured money.
     *
     * @param idempotencyKey sent to the processor so that a retried call refunds once
     */
    Outcome refund(String processorReference, Money amount, String idempotencyKey);

    /**
     * Saves a card at the processor for the customer's later payments (a linked card). The processor
     * files it under its own record of the customer, created on the first card; a card that needs the
     * cardholder's authentication to be saved is declined with {@code authentication_required}.
     *
     * @param holder         whose card: our customer's reference and the processor's id for them, if known
     * @param idempotencyKey sent to the processor so that a retried call saves the card once
     * @return the saved card's id at the processor with brand, last four digits and expiry, or declined with the reason
     */
    SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey);

    /**
     * Detaches a saved card from its customer at the processor, so it can no longer pay. A card the
     * processor no longer knows, or already detached, counts as detached.
     *
     * @param processorCardId the processor's id of the saved card, from {@link Saved}
     * @throws PaymentGatewayException when the processor does not answer
     */
    void detachCard(String processorCardId);

    /** What the processor answered. */
    sealed interface Outcome {}

    /** What the processor answered a request to save a card. */
    sealed interface SaveOutcome {}

    /**
     * Who a saved card belongs to.
     *
     * @param customerRef         our customer's uid, which the processor keeps as a reference
     * @param processorCustomerId the processor's id of the customer from an earlier saved card; empty for the first
     */
    record CardHolder(String customerRef, Optional<String> processorCustomerId) {

        /** Both parts are required. */
        public CardHolder {
            Objects.requireNonNull(customerRef, "customerRef");
            Objects.requireNonNull(processorCustomerId, "processorCustomerId");
        }
    }

    /**
     * A card the processor saved.
     *
     * @param processorCardId     the processor's id of the card (Stripe: a PaymentMethod {@code pm_…})
     * @param processorCustomerId the processor's id of the customer it is filed under
     */
    record Saved(String processorCardId, String processorCustomerId, CardSummary card, YearMonth expiry)
            implements SaveOutcome {

        /** Every part is required. */
        public Saved {
            Objects.requireNonNull(processorCardId, "processorCardId");
            Objects.requireNonNull(processorCustomerId, "processorCustomerId");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(expiry, "expiry");
        }
    }

    /**
     * Done.
     *
     * @param card               brand and last four digits as the processor knows them (tokens reveal them only here)
     */
    record Approved(String processorReference, Optional<CardSummary> card) implements Outcome {

        /** Both parts are required; a processor that reports no card gives an empty {@code card}. */
        public Approved {
            Objects.requireNonNull(processorReference, "processorReference");
            Objects.requireNonNull(card, "card");
        }
    }

    /**
     * The cardholder must authenticate (3-D Secure) before the processor holds the money.
     *
     * @param processorReference the processor's id of the attempt, to ask {@link #outcomeOf} about
     */
    record RequiresAction(String processorReference, String redirectUrl) implements Outcome {

        /**
         * Both parts are required: without a URL the customer cannot authenticate, without a reference
         * the outcome cannot be asked for.
         */
        public RequiresAction {
            Objects.requireNonNull(processorReference, "processorReference");
            Objects.requireNonNull(redirectUrl, "redirectUrl");
        }
    }

    /**
     * Refused, for good: retrying the same request gets the same answer.
     *
     * @param reason the processor's code, e.g. {@code card_declined}, {@code insufficient_funds}
     */
    record Declined(String reason) implements Outcome, SaveOutcome {

        /** A decline always says why, since the customer is shown the reason. */
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
