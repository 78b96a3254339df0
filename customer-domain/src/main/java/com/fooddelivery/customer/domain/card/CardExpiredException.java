package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.shared.DomainException;

/** A linked card past its expiry month: no invalid input, the card needs replacing; nothing was charged. */
public final class CardExpiredException extends DomainException {
    public CardExpiredException(LinkedCard card) {
        super("The linked card " + card.id().value() + " (" + card.summary().brand() + " ****"
                + card.summary().last4() + ") expired at the end of " + card.expiry()
                + "; link a new card or pay with another.");
    }
}
