package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.AccountEvent.DefaultCardChanged;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.time.Instant;

/**
 * The card and profile routes' one rule for the default card, inside the caller's transaction: only the
 * customer's own card can become it, and a change is recorded only when the default really moved.
 */
public final class DefaultCard {

    private DefaultCard() {}

    /** Makes one of the customer's cards the default; NotFoundException when there is no such card. */
    public static void make(
            LinkedCardRepository cards, EventLog events, CustomerId customer, LinkedCardId id, Instant at) {
        make(cards, events, cards.find(customer, id).orElseThrow(() -> new NotFoundException("card", id.value())), at);
    }

    static void make(LinkedCardRepository cards, EventLog events, LinkedCard card, Instant at) {
        if (card.isDefault()) {
            return;
        }
        cards.makeDefault(card.customerId(), card.id());
        events.append(new DefaultCardChanged(card.customerId(), card.id(), at));
    }
}
