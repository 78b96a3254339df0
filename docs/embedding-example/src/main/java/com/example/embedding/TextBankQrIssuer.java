package com.example.embedding;

import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;

/**
 * A bank-QR issuer that only writes the payload as text; a team that offers {@code BANK_QR} puts its
 * bank's payload format and a QR-code library here. The journey in this example pays by card.
 */
public final class TextBankQrIssuer implements BankQrIssuer {

    @Override
    public String payload(PaymentReference reference, Money amount) {
        return "PAY " + amount + " REF " + reference.value();
    }

    @Override
    public byte[] png(String payload) {
        throw new UnsupportedOperationException("this example draws no QR codes");
    }

    @Override
    public String refund(PaymentReference reference, String transactionReference, Money amount) {
        return "refund_" + reference.value();
    }
}
