package com.fooddelivery.customer.domain.payment;

import java.util.Objects;

/**
 * What a card processor charges: a token, the card as typed, or a saved card with the CVC typed again.
 * Number and CVC go to the processor and nowhere else, so no type here prints them.
 */
public sealed interface CardSource {

    /** A processor's token ({@code tok_visa}) for a card the app already handed to it. */
    record Token(String token) implements CardSource, PaymentCard {
        public Token {
            Objects.requireNonNull(token, "token");
        }
    }

    /** A card as the customer typed it; {@link #toString()} shows only brand and last four digits. */
    record Card(String number, int expMonth, int expYear, String cvc, String holder)
            implements CardSource, PaymentCard {

        /** Checks number and CVC without putting them in a message, which could reach a log. */
        public Card {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(cvc, "cvc");
            Objects.requireNonNull(holder, "holder");
            if (!number.matches("[0-9]{12,19}") || !cvc.matches("[0-9]{3,4}")) {
                throw new IllegalArgumentException("a card number is 12 to 19 digits and a CVC 3 or 4");
            }
        }

        /** Brand and last four digits, the part that may be stored. */
        public CardSummary summary() {
            return CardSummary.of(number);
        }

        @Override
        public String toString() {
            CardSummary summary = summary();
            return "Card[" + summary.brand() + " ****" + summary.last4() + "]";
        }
    }

    /** A linked card, paid with the CVC typed for this payment, which the issuer checks; never printed. */
    record Saved(String processorCustomerId, String processorCardId, String cvc) implements CardSource {

        public Saved {
            Objects.requireNonNull(processorCustomerId, "processorCustomerId");
            Objects.requireNonNull(processorCardId, "processorCardId");
            Objects.requireNonNull(cvc, "cvc");
            if (!cvc.matches("[0-9]{3,4}")) {
                throw new IllegalArgumentException("a CVC is 3 or 4 digits");
            }
        }

        @Override
        public String toString() {
            return "Saved[" + processorCardId + "]";
        }
    }
}
