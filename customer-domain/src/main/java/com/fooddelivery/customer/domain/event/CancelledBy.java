package com.fooddelivery.customer.domain.event;

/** Who cancelled an order. */
public enum CancelledBy {
    CUSTOMER,
    /** The service, because the money did not arrive in time. */
    PAYMENT_TIMEOUT,
    /** The service or an operator, for another reason. */
    SERVICE
}
