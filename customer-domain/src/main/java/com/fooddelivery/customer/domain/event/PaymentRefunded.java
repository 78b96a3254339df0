package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/** Money the customer paid went back to them. */
public record PaymentRefunded(OrderUid orderUid, PaymentMethod method, Money amount, Instant occurredAt)
        implements OrderHistoryEvent {
    public PaymentRefunded {
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String name() {
        return "order.payment-refunded";
    }
}
