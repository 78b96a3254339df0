package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.util.Optional;

/**
 * Finds one of a customer's linked cards: all that paying with a linked card reads. A core embedded
 * without linked cards passes {@code (customer, card) -> Optional.empty()}.
 */
@FunctionalInterface
public interface FindLinkedCard {

    /** One of the customer's cards; empty when unknown or another customer's. */
    Optional<LinkedCard> find(CustomerId customerId, LinkedCardId id);
}
