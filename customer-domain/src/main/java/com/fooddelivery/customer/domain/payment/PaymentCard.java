package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import java.util.Objects;

/**
 * The card a customer pays a CARD order with, in the customer's terms: a processor's token, the card's
 * details, or one of their linked cards with its CVC typed again. The first two go to the processor as
 * they are; a linked card becomes the processor's {@link CardSource.Saved} once the use case has found
 * it among the customer's cards.
 */
public sealed interface PaymentCard permits CardSource.Token, CardSource.Card, PaymentCard.Linked {

    /**
     * One of the customer's linked cards and the CVC the customer typed for this payment, which goes to
     * the processor for the issuer's check and is never kept. {@link #toString()} hides the CVC.
     *
     * @param cvc  3 or 4 digits
     */
    record Linked(LinkedCardId card, String cvc) implements PaymentCard {

        /**
         * Requires the card and a well-formed CVC, never putting it in a message.
         *
         * @throws IllegalArgumentException when the CVC is not 3 or 4 digits
         */
        public Linked {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(cvc, "cvc");
            if (!cvc.matches("[0-9]{3,4}")) {
                throw new IllegalArgumentException("a CVC is 3 or 4 digits");
            }
        }

        @Override
        public String toString() {
            return "Linked[" + card.value() + "]";
        }
    }
}
