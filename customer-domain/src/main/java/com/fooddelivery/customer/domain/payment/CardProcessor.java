package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Charges cards: holds the money when the customer pays, takes it when cooking starts, releases or returns
 * it on a cancel. Every call carries an idempotency key answered with its first answer, so a retry never
 * moves money twice. No answer throws {@link PaymentGatewayException}; a refusal, or a reference the
 * processor does not know, is {@link Declined}, so a use case can settle the attempt instead of retrying.
 */
public interface CardProcessor {

    /** Holds {@code amount} on the card, or asks for 3-D Secure first ({@link RequiresAction}). */
    Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey);

    /** Where an attempt that {@link RequiresAction} stands now, as the processor knows it. */
    Outcome outcomeOf(String processorReference);

    /** Takes the held money, at most the held amount. */
    Outcome capture(String processorReference, Money amount, String idempotencyKey);

    /** Releases the held money, before capture. */
    Outcome voidAuthorization(String processorReference, String idempotencyKey);

    /** Returns captured money. */
    Outcome refund(String processorReference, Money amount, String idempotencyKey);

    /**
     * Saves a card for the customer's later payments, under the processor's record of the customer (made with
     * the first card); one that needs 3-D Secure to be saved is declined {@code authentication_required}.
     */
    SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey);

    /** Detaches a saved card so it can no longer pay; one the processor does not know counts as detached. */
    void detachCard(String processorCardId);

    /** What the processor answered. */
    sealed interface Outcome {}

    /** What the processor answered a request to save a card. */
    sealed interface SaveOutcome {}

    /** Who a saved card belongs to: our customer's uid, and the processor's id for them once a card was saved. */
    record CardHolder(String customerRef, Optional<String> processorCustomerId) {

        public CardHolder {
            Objects.requireNonNull(customerRef, "customerRef");
            Objects.requireNonNull(processorCustomerId, "processorCustomerId");
        }
    }

    /** A card the processor saved, by its ids for the card (Stripe: {@code pm_…}) and the customer. */
    record Saved(String processorCardId, String processorCustomerId, CardSummary card, YearMonth expiry)
            implements SaveOutcome {

        public Saved {
            Objects.requireNonNull(processorCardId, "processorCardId");
            Objects.requireNonNull(processorCustomerId, "processorCustomerId");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(expiry, "expiry");
        }
    }

    /** Done; the card's brand and last four as the processor knows them (a token reveals them only here). */
    record Approved(String processorReference, Optional<CardSummary> card) implements Outcome {

        public Approved {
            Objects.requireNonNull(processorReference, "processorReference");
            Objects.requireNonNull(card, "card");
        }
    }

    /** The cardholder must authenticate (3-D Secure) at the URL; {@link #outcomeOf} the reference tells the end. */
    record RequiresAction(String processorReference, String redirectUrl) implements Outcome {

        public RequiresAction {
            Objects.requireNonNull(processorReference, "processorReference");
            Objects.requireNonNull(redirectUrl, "redirectUrl");
        }
    }

    /** Refused for good, with the processor's code ({@code card_declined}), which the customer is shown. */
    record Declined(String reason) implements Outcome, SaveOutcome {

        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
