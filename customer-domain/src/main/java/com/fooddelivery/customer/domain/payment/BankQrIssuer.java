package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;

/**
 * Bank-app payments by QR code: the payload the customer's banking app scans (in a published
 * standard, naming this merchant, the amount and our reference), its picture, and refunds of
 * transfers that arrived. The payload depends only on its inputs, so it can be shown again at any
 * time without being stored.
 */
public interface BankQrIssuer {

    /**
     * The QR payload asking for {@code amount} under {@code reference}.
     *
     * @param reference the payment's reference, which the bank's callback names
     * @param amount the amount to pay
     * @return the payload a banking app scans
     */
    String payload(PaymentReference reference, Money amount);

    /**
     * The payload drawn as a PNG QR code.
     *
     * @param payload the payload
     * @return the PNG's bytes
     */
    byte[] png(String payload);

    /**
     * Sends a confirmed transfer back to the customer.
     *
     * @param reference the payment
     * @param transactionReference the bank's reference of the transfer to send back
     * @param amount the amount to send back
     * @return the bank's reference of the refund
     * @throws PaymentGatewayException when the bank does not answer
     */
    String refund(PaymentReference reference, String transactionReference, Money amount);
}
