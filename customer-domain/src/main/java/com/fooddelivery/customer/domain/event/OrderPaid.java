package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** The order's money is secured: received ({@code captured}), or held on a card until cooking starts. */
public record OrderPaid(OrderUid orderUid, PaymentMethod method, Money amount, boolean captured, Instant occurredAt)
        implements OrderHistoryEvent {
    public OrderPaid {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.paid";
    }
}
