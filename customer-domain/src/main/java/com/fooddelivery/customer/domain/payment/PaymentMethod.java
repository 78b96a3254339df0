package com.fooddelivery.customer.domain.payment;

/** The four ways a customer can pay for an order. */
public enum PaymentMethod {
    /** Cash handed to the courier. */
    CASH_ON_DELIVERY(false),
    /** A card on the courier's terminal at the door. */
    POS_ON_DELIVERY(false),
    /** A transfer in the customer's banking app, started by scanning a QR code. */
    BANK_QR(true),
    /** A card entered in the app and charged through a card processor. */
    CARD(true);

    private final boolean prepaid;

    PaymentMethod(boolean prepaid) {
        this.prepaid = prepaid;
    }

    /** Whether the order waits for the money before the kitchen sees it. */
    public boolean prepaid() {
        return prepaid;
    }
}
