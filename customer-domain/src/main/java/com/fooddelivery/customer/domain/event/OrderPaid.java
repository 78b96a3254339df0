package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The order's money is secured: held on a card (captured when cooking starts), or received.
 *
 * @param captured   true once the money is received; false while a card's money is only held
 */
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
