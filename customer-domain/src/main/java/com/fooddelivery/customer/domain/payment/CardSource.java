package com.fooddelivery.customer.domain.payment;

import java.util.Objects;

/**
 * What a card processor charges: a token a processor issued to the app, the card itself, or a card the
 * processor saved earlier with the CVC the customer typed again. The card's number and CVC pass
 * through to the processor and nowhere else, so no type here ever prints them.
 */
public sealed interface CardSource {

    /**
     * A processor's token for a card the app already handed to it.
     *
     * @param token the processor's token, e.g. {@code tok_visa}
     */
    record Token(String token) implements CardSource, PaymentCard {
        public Token {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * A card as the customer typed it. {@link #toString()} shows only brand and last four digits.
     *
     * @param number   12 to 19 digits
     * @param expMonth 1 to 12
     * @param cvc      3 or 4 digits
     */
    record Card(String number, int expMonth, int expYear, String cvc, String holder)
            implements CardSource, PaymentCard {

        /**
         * Checks the shape of number and CVC without ever putting them in a message, which could reach a log.
         *
         * @throws IllegalArgumentException when the number is not 12 to 19 digits or the CVC not 3 or 4
         */
        public Card {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(cvc, "cvc");
            Objects.requireNonNull(holder, "holder");
            if (!number.matches("[0-9]{12,19}") || !cvc.matches("[0-9]{3,4}")) {
                // The values themselves never go into a message.
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

    /**
     * A card the processor saved for the customer (a linked card), paid with the CVC the customer typed
     * for this payment: the processor checks the CVC with the issuer. {@link #toString()} hides the CVC.
     *
     * @param processorCustomerId the processor's id of the customer the card is filed under
     * @param cvc                 3 or 4 digits, for this payment only
     */
    record Saved(String processorCustomerId, String processorCardId, String cvc) implements CardSource {

        /**
         * Requires both ids and a well-formed CVC, never putting it in a message.
         *
         * @throws IllegalArgumentException when the CVC is not 3 or 4 digits
         */
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
