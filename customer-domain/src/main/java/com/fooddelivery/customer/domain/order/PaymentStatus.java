package com.fooddelivery.customer.domain.order;

/** Whether an order's money has arrived. */
public enum PaymentStatus {
    PENDING,
    PAID,
    /** Paid, then sent back to the customer when the order was cancelled. */
    REFUNDED
}
