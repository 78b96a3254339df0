package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Renames one of the caller's linked cards or makes it the default. */
public class ChangeLinkedCard {

    private final LinkedCardRepository cards;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public ChangeLinkedCard(LinkedCardRepository cards, UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Applies the change; NotFoundException when the caller has no such card. */
    public LinkedCard change(Command command) {
        return unitOfWork.inTransaction(() -> {
            var customer = command.caller().customerId();
            LinkedCard found = cards.find(customer, command.id())
                    .orElseThrow(
                            () -> new NotFoundException("card", command.id().value()));
            command.label().ifPresent(label -> cards.relabel(customer, command.id(), label));
            if (command.makeDefault()) {
                DefaultCard.make(cards, events, found, clock.instant());
            }
            return cards.find(customer, command.id())
                    .orElseThrow(
                            () -> new NotFoundException("card", command.id().value()));
        });
    }

    /** A change to a card. */
    public record Command(Caller caller, LinkedCardId id, Optional<String> label, boolean makeDefault) {

        /** Requires a label, the default, or both. */
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            label = label.map(Labels::checked);
            if (label.isEmpty() && !makeDefault) {
                throw ValidationException.of("default", "send \"default\": true, a \"label\", or both");
            }
        }
    }
}
