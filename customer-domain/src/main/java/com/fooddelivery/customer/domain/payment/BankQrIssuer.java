package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;

/**
 * Bank-app payments by QR code: the payload the customer's banking app scans (in a published
 * standard, naming this merchant, the amount and our reference), its picture, and refunds of
 * transfers that arrived. The payload depends only on its inputs, so it can be shown again at any
 * time without being stored.
 */
public interface BankQrIssuer {

    /** The QR payload asking for {@code amount} under {@code reference}. */
    String payload(PaymentReference reference, Money amount);

    /** The payload drawn as a PNG QR code. */
    byte[] png(String payload);

    /**
     * Sends a confirmed transfer back to the customer.
     *
     * @param transactionReference the bank's reference of the transfer to send back
     * @throws PaymentGatewayException when the bank does not answer
     */
    String refund(PaymentReference reference, String transactionReference, Money amount);
}
