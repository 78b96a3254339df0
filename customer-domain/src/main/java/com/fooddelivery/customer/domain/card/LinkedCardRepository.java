package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.List;
import java.util.Optional;

/** The customers' linked cards; every lookup and change names the customer, so none reaches another's card. */
public interface LinkedCardRepository extends FindLinkedCard {

    /** Stores a card unless the customer has the most (even two adding at once); a new default unsets the others. */
    Optional<LinkedCard> add(NewLinkedCard card);

    /** The customer's cards, oldest first. */
    List<LinkedCard> of(CustomerId customerId);

    /** Makes one of the customer's cards the default and the others not. */
    boolean makeDefault(CustomerId customerId, LinkedCardId id);

    /** Renames one of the customer's cards. */
    boolean relabel(CustomerId customerId, LinkedCardId id, String label);

    /** Forgets one of the customer's cards. */
    boolean remove(CustomerId customerId, LinkedCardId id);
}
