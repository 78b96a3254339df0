package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.card.ChangeLinkedCard;
import com.fooddelivery.customer.application.card.LinkCard;
import com.fooddelivery.customer.application.card.ListLinkedCards;
import com.fooddelivery.customer.application.card.UnlinkCard;
import java.util.Optional;

/**
 * The use cases of the customer's saved cards; each needs {@code LinkedCardRepository}.
 */
public final class CardUseCases {

    private final Optional<LinkCard> linkCard;
    private final Optional<ListLinkedCards> listLinkedCards;
    private final Optional<ChangeLinkedCard> changeLinkedCard;
    private final Optional<UnlinkCard> unlinkCard;

    CardUseCases(CorePorts p) {
        PaymentPorts pay = p.payments();
        linkCard = pay.linkedCards()
                .map(cards -> new LinkCard(
                        cards, p.accounts().customers(), pay.cards(), p.unitOfWork(), p.clock(), p.events()));
        listLinkedCards = pay.linkedCards().map(ListLinkedCards::new);
        changeLinkedCard =
                pay.linkedCards().map(cards -> new ChangeLinkedCard(cards, p.unitOfWork(), p.clock(), p.events()));
        unlinkCard = pay.linkedCards()
                .map(cards -> new UnlinkCard(cards, pay.cards(), p.unitOfWork(), p.clock(), p.events()));
    }

    /** Saves a card; with {@code LinkedCardRepository} only. */
    public Optional<LinkCard> linkCard() {
        return linkCard;
    }

    /** The saved cards; with {@code LinkedCardRepository} only. */
    public Optional<ListLinkedCards> listLinkedCards() {
        return listLinkedCards;
    }

    /** Renames a saved card; with {@code LinkedCardRepository} only. */
    public Optional<ChangeLinkedCard> changeLinkedCard() {
        return changeLinkedCard;
    }

    /** Forgets a saved card; with {@code LinkedCardRepository} only. */
    public Optional<UnlinkCard> unlinkCard() {
        return unlinkCard;
    }
}
