package com.fooddelivery.customer.domain.order;

/** Whether an order's money has arrived. */
public enum PaymentStatus {
    /** Not yet paid. */
    PENDING,
    /** Paid in full. */
    PAID
}
