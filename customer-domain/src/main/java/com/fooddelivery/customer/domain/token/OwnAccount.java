package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.customer.Customer;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's account as its owner sees it.
 *
 * @param defaultCard the linked card payments use unless told otherwise; empty without one
 */
public record OwnAccount(Customer customer, Optional<LinkedCardId> defaultCard) {

    /** Requires both; no default card is empty. */
    public OwnAccount {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(defaultCard, "defaultCard");
    }
}
