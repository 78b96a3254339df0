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
 * The one rule for choosing the default linked card, shared by the card route and the profile route so
 * that both behave alike: only one of the customer's own cards can become the default, and the change is
 * recorded only when the default really moved. Runs inside the caller's transaction.
 */
public final class DefaultCard {

    private DefaultCard() {}

    /**
     * Makes one of the customer's cards the default.
     *
     * @throws NotFoundException when the customer has no such card
     */
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
