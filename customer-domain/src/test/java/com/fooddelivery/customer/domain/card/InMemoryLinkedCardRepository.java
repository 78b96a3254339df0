package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Linked cards kept in memory, by id. */
public final class InMemoryLinkedCardRepository implements LinkedCardRepository {

    private final TreeMap<Integer, LinkedCard> cards = new TreeMap<>();
    private int nextId = 1;

    @Override
    public synchronized Optional<LinkedCard> add(NewLinkedCard draft) {
        if (of(draft.customerId()).size() >= LinkedCard.MAX_PER_CUSTOMER) {
            return Optional.empty();
        }
        if (draft.isDefault()) {
            clearDefault(draft.customerId());
        }
        LinkedCard card = new LinkedCard(
                new LinkedCardId(nextId++),
                draft.customerId(),
                draft.processorCardId(),
                draft.processorCustomerId(),
                draft.summary(),
                draft.expiry(),
                draft.label(),
                draft.isDefault());
        cards.put(card.id().value(), card);
        return Optional.of(card);
    }

    @Override
    public synchronized List<LinkedCard> of(CustomerId customerId) {
        return cards.values().stream()
                .filter(card -> card.customerId().equals(customerId))
                .toList();
    }

    @Override
    public synchronized Optional<LinkedCard> find(CustomerId customerId, LinkedCardId id) {
        return Optional.ofNullable(cards.get(id.value()))
                .filter(card -> card.customerId().equals(customerId));
    }

    @Override
    public synchronized boolean makeDefault(CustomerId customerId, LinkedCardId id) {
        Optional<LinkedCard> card = find(customerId, id);
        card.ifPresent(found -> {
            clearDefault(customerId);
            cards.put(id.value(), with(found, found.label(), true));
        });
        return card.isPresent();
    }

    @Override
    public synchronized boolean relabel(CustomerId customerId, LinkedCardId id, String label) {
        String kept = LinkedCard.checkedLabel(label);
        Optional<LinkedCard> card = find(customerId, id);
        card.ifPresent(found -> cards.put(id.value(), with(found, kept, found.isDefault())));
        return card.isPresent();
    }

    @Override
    public synchronized boolean remove(CustomerId customerId, LinkedCardId id) {
        return find(customerId, id).map(card -> cards.remove(id.value())).isPresent();
    }

    private void clearDefault(CustomerId customerId) {
        for (LinkedCard card : of(customerId)) {
            cards.put(card.id().value(), with(card, card.label(), false));
        }
    }

    private static LinkedCard with(LinkedCard card, String label, boolean isDefault) {
        return new LinkedCard(
                card.id(),
                card.customerId(),
                card.processorCardId(),
                card.processorCustomerId(),
                card.summary(),
                card.expiry(),
                label,
                isDefault);
    }
}
