package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Removes a linked card: detaches it at the processor first, outside any transaction, then forgets it.
 * When the processor does not answer, nothing changes and the customer retries; when the database
 * fails after the detach, the card is still listed and a retry detaches again, which is harmless. So
 * the processor never keeps a card attached that the service no longer knows.
 */
public class UnlinkCard {

    private final LinkedCardRepository cards;
    private final CardProcessor processor;
    private final UnitOfWork unitOfWork;

    /**
     * @param cards      where linked cards are kept
     * @param processor  the card processor that keeps the card
     * @param unitOfWork the transaction boundary
     */
    @Inject
    public UnlinkCard(LinkedCardRepository cards, CardProcessor processor, UnitOfWork unitOfWork) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Detaches and forgets one of the caller's cards.
     *
     * @param caller who asks
     * @param id which of the caller's cards
     * @throws NotFoundException when the caller has no such card
     */
    public void unlink(Caller caller, LinkedCardId id) {
        LinkedCard card = cards.find(caller.customerId(), id).orElseThrow(() -> new NotFoundException("card", id.value()));
        processor.detachCard(card.processorCardId());
        unitOfWork.inTransaction(() -> cards.remove(caller.customerId(), id));
    }
}
