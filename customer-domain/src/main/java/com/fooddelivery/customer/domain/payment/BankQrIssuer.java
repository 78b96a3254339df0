package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;

/**
 * Bank-app payments by QR code (a published standard's payload naming merchant, amount and our reference),
 * and refunds of transfers. The payload depends only on its inputs, so it is shown again without being stored.
 */
public interface BankQrIssuer {

    /** The QR payload asking for {@code amount} under {@code reference}. */
    String payload(PaymentReference reference, Money amount);

    /** The payload drawn as a PNG QR code. */
    byte[] png(String payload);

    /** Sends a confirmed transfer back; {@link PaymentGatewayException} when the bank does not answer. */
    String refund(PaymentReference reference, String transactionReference, Money amount);
}
