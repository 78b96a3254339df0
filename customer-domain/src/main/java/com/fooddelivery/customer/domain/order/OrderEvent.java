package com.fooddelivery.customer.domain.order;

/** What the kitchen and the courier report about an order, in the order it happens. */
public enum OrderEvent {
    /** The kitchen took the order: PROCESSING → COOKING. */
    COOKING_STARTED,
    /** The food is ready; the order stays COOKING until the courier takes it. */
    COOKING_FINISHED,
    /** The courier left: COOKING → IN_DELIVERY. */
    DELIVERY_STARTED,
    /** The customer has the food: IN_DELIVERY → DELIVERED. */
    DELIVERED,
    /** The courier collected cash or a card payment at the door. */
    PAYMENT_COLLECTED
}
