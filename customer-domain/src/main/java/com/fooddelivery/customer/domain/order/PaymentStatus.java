package com.fooddelivery.customer.domain.order;

/** Whether an order's money has arrived. */
public enum PaymentStatus {
    /** Not yet paid. */
    PENDING,
    /** Paid in full. */
    PAID,
    /** Paid, then sent back to the customer when the order was cancelled. */
    REFUNDED
}
