package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.shared.DomainException;

/**
 * A payment asked for with a linked card past its expiry month. The request is well formed, so this is
 * no invalid input: the card has to be replaced, and nothing was charged or changed.
 */
public final class CardExpiredException extends DomainException {
    public CardExpiredException(LinkedCard card) {
        super("The linked card " + card.id().value() + " (" + card.summary().brand() + " ****"
                + card.summary().last4() + ") expired at the end of " + card.expiry()
                + "; link a new card or pay with another.");
    }
}
