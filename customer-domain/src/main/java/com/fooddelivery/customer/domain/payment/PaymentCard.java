package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import java.util.Objects;

/**
 * The card a CARD order is paid with, in the customer's terms: a token, the card's details, or a linked card
 * with its CVC typed again, which becomes a {@link CardSource.Saved} once found among the customer's cards.
 */
public sealed interface PaymentCard permits CardSource.Token, CardSource.Card, PaymentCard.Linked {

    /** A linked card and the CVC typed for this payment, for the issuer's check: never kept nor printed. */
    record Linked(LinkedCardId card, String cvc) implements PaymentCard {

        /** Requires the card and a well-formed CVC, never putting it in a message. */
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
