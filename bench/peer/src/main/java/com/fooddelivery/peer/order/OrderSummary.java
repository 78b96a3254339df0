package com.fooddelivery.peer.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One entry of a customer's order list, read as a JPQL constructor projection. */
public record OrderSummary(Long id, UUID uid, String status, Instant registeredAt, BigDecimal total, String currency,
                           Integer itemCount, Instant estimatedDeliveryAt) {
}
