package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.List;
import java.util.Optional;

/**
 * The customers' linked cards ({@code delivery_card_c}). Every lookup and change names the customer,
 * so that one customer never reaches another's card.
 */
public interface LinkedCardRepository extends FindLinkedCard {

    /**
     * Stores a card unless its customer already has {@link LinkedCard#MAX_PER_CUSTOMER}; when it is the
     * default, the customer's other cards stop being default. Two concurrent adds never pass the limit.
     *
     * @return the stored card with its id, or empty when the customer has no room left
     */
    Optional<LinkedCard> add(NewLinkedCard card);

    /** The customer's cards, oldest first. */
    List<LinkedCard> of(CustomerId customerId);

    /** Makes one of the customer's cards the default and the others not. */
    boolean makeDefault(CustomerId customerId, LinkedCardId id);

    /**
     * Renames one of the customer's cards.
     *
     * @throws IllegalArgumentException when the label is too long
     */
    boolean relabel(CustomerId customerId, LinkedCardId id, String label);

    /** Forgets one of the customer's cards. */
    boolean remove(CustomerId customerId, LinkedCardId id);
}
