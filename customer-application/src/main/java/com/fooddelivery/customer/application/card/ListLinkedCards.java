package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Lists the caller's linked cards. */
public class ListLinkedCards {

    private final LinkedCardRepository cards;

    @Inject
    public ListLinkedCards(LinkedCardRepository cards) {
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /** The caller's cards, oldest first. */
    public List<LinkedCard> list(Caller caller) {
        return cards.of(caller.customerId());
    }
}
