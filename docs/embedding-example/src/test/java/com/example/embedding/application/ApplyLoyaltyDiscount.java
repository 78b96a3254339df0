package com.example.embedding.application;

import com.example.embedding.domain.LoyaltyDiscount;
import com.fooddelivery.customer.application.order.PlaceOrder;
import jakarta.inject.Inject;

/** Allowed: the team's own use case on its domain, the core's use cases and jakarta.inject. */
public class ApplyLoyaltyDiscount {

    private final PlaceOrder placeOrder;
    private final LoyaltyDiscount discount;

    /**
     * @param placeOrder the core's use case this one builds on
     * @param discount   the discount to apply
     */
    @Inject
    public ApplyLoyaltyDiscount(PlaceOrder placeOrder, LoyaltyDiscount discount) {
        this.placeOrder = placeOrder;
        this.discount = discount;
    }
}
