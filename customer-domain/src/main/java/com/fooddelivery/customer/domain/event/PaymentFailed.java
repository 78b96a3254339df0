package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.time.Instant;
import java.util.Objects;

/** A payment was refused, or a card's held money could not be captured or was let go; the reason holds no card data. */
public record PaymentFailed(OrderUid orderUid, PaymentMethod method, String reason, Instant occurredAt)
        implements OrderHistoryEvent {
    public PaymentFailed {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.payment-failed";
    }
}
