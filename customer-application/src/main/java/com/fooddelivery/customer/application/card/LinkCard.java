package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.event.AccountEvent.CardLinked;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Saves a card at the processor, outside any transaction, and keeps its id, brand, last four and expiry
 * (never number or CVC). A card the service then fails to remember is detached again, so the processor
 * never keeps a card the service does not know.
 */
public class LinkCard {

    private final LinkedCardRepository cards;
    private final CustomerRepository customers;
    private final CardProcessor processor;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public LinkCard(
            LinkedCardRepository cards,
            CustomerRepository customers,
            CardProcessor processor,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Saves the card; the customer's first card becomes the default.
     *
     * @throws ConflictException when the customer already has {@link LinkedCard#MAX_PER_CUSTOMER} cards
     * @throws ValidationException on field {@code card} when the processor declines the card
     */
    public LinkedCard link(Command command) {
        List<LinkedCard> existing = cards.of(command.caller().customerId());
        if (existing.size() >= LinkedCard.MAX_PER_CUSTOMER) {
            throw tooMany();
        }
        String customerRef = customers
                .byId(command.caller().customerId())
                .orElseThrow(() -> new NotFoundException(
                        "customer", command.caller().customerId().value()))
                .uid()
                .toString();
        CardProcessor.SaveOutcome outcome = processor.saveCard(
                new CardProcessor.CardHolder(
                        customerRef, existing.stream().findFirst().map(LinkedCard::processorCustomerId)),
                command.source(),
                "card-" + UUID.randomUUID());
        if (outcome instanceof CardProcessor.Declined declined) {
            throw ValidationException.of("card", "the card processor refused to save the card: " + declined.reason());
        }
        CardProcessor.Saved saved = (CardProcessor.Saved) outcome;
        Optional<LinkedCard> linked;
        try {
            linked = unitOfWork.inTransaction(() -> {
                Optional<LinkedCard> added = cards.add(new NewLinkedCard(
                        command.caller().customerId(),
                        saved.processorCardId(),
                        saved.processorCustomerId(),
                        saved.card(),
                        saved.expiry(),
                        command.label(),
                        existing.isEmpty()));
                added.ifPresent(card -> events.append(new CardLinked(card, clock.instant())));
                return added;
            });
        } catch (RuntimeException notRemembered) {
            // Rolled back: the service does not know the card, so the processor must not keep it either.
            detachQuietly(saved, notRemembered);
            throw notRemembered;
        }
        if (linked.isEmpty()) {
            processor.detachCard(saved.processorCardId());
            throw tooMany();
        }
        return linked.get();
    }

    /** Detaches a card the service failed to remember; a failed detach is told along with the first failure. */
    private void detachQuietly(CardProcessor.Saved saved, RuntimeException failure) {
        try {
            processor.detachCard(saved.processorCardId());
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private static ConflictException tooMany() {
        return new ConflictException(
                "A customer links at most " + LinkedCard.MAX_PER_CUSTOMER + " cards; remove one first.");
    }

    /** A card to link; a null or blank label for none. */
    public record Command(Caller caller, CardSource source, String label) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            if (source == null) {
                throw ValidationException.of("card", "send either a token or a card");
            }
            if (source instanceof CardSource.Saved) {
                throw ValidationException.of("card", "is saved already");
            }
            label = Labels.checked(label);
        }
    }
}
