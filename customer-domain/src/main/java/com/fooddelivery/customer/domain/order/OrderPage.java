package com.fooddelivery.customer.domain.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of a customer's orders, newest first, and where the next one starts. */
public record OrderPage(List<OrderSummary> orders, Optional<Position> next) {

    public OrderPage {
        orders = List.copyOf(orders);
        Objects.requireNonNull(next, "next");
    }

    /** An opaque place in a customer's order list; the repository that made it is the only one to read it. */
    public record Position(long value) {}
}
