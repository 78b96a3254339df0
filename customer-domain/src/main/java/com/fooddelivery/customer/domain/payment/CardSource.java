package com.fooddelivery.customer.domain.payment;

import java.util.Objects;

/**
 * What the customer pays a card payment with: a token a processor issued to the app, or the card
 * itself. The card's number and CVC pass through to the processor and nowhere else, so neither
 * type ever prints them.
 */
public sealed interface CardSource {

    /**
     * A processor's token for a card the app already handed to it.
     *
     * @param token the processor's token, e.g. {@code tok_visa}
     */
    record Token(String token) implements CardSource {

        /**
         * Requires a token.
         *
         * @param token the processor's token, e.g. {@code tok_visa}
         */
        public Token {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * A card as the customer typed it. {@link #toString()} shows only brand and last four digits.
     *
     * @param number   12 to 19 digits
     * @param expMonth 1 to 12
     * @param expYear  four digits
     * @param cvc      3 or 4 digits
     * @param holder   the name on the card
     */
    record Card(String number, int expMonth, int expYear, String cvc, String holder) implements CardSource {

        /**
         * Checks the shape of number and CVC without ever putting them in a message, which could reach a log.
         *
         * @param number 12 to 19 digits
         * @param expMonth 1 to 12
         * @param expYear four digits
         * @param cvc 3 or 4 digits
         * @param holder the name on the card
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

        /**
         * Brand and last four digits, the part that may be stored.
         *
         * @return the summary
         */
        public CardSummary summary() {
            return CardSummary.of(number);
        }

        @Override
        public String toString() {
            CardSummary summary = summary();
            return "Card[" + summary.brand() + " ****" + summary.last4() + "]";
        }
    }
}
