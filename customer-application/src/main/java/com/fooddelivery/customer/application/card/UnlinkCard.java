package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.event.AccountEvent.CardUnlinked;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Removes a linked card: detaches it at the processor first, outside any transaction, then forgets it,
 * so the processor never keeps a card the service no longer knows; a retry detaches again, harmlessly.
 */
public class UnlinkCard {

    private final LinkedCardRepository cards;
    private final CardProcessor processor;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public UnlinkCard(
            LinkedCardRepository cards, CardProcessor processor, UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Detaches and forgets one of the caller's cards; NotFoundException when there is no such card. */
    public void unlink(Caller caller, LinkedCardId id) {
        LinkedCard card =
                cards.find(caller.customerId(), id).orElseThrow(() -> new NotFoundException("card", id.value()));
        processor.detachCard(card.processorCardId());
        unitOfWork.inTransaction(() -> {
            // A concurrent removal of the same card got here first and recorded it.
            if (cards.remove(caller.customerId(), id)) {
                events.append(new CardUnlinked(caller.customerId(), id, clock.instant()));
            }
            return null;
        });
    }
}
