package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.time.Instant;
import java.util.Objects;

/** The card processor asked the cardholder to authenticate (3-D Secure); the order keeps waiting. */
public record PaymentActionRequired(OrderUid orderUid, PaymentMethod method, Instant occurredAt)
        implements OrderHistoryEvent {
    public PaymentActionRequired {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.payment-action-required";
    }
}
