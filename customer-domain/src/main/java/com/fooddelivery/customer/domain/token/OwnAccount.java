package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.customer.Customer;
import java.util.Objects;
import java.util.Optional;

/** A customer's account as its owner sees it, with the linked card payments use unless told otherwise. */
public record OwnAccount(Customer customer, Optional<LinkedCardId> defaultCard) {

    public OwnAccount {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(defaultCard, "defaultCard");
    }
}
