package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A bank that writes plain-text payloads and remembers its refunds. */
public final class FakeBankQrIssuer implements BankQrIssuer {

    final List<String> refunds = new ArrayList<>();
    /** Whether the bank leaves the next refunds unanswered. */
    boolean unanswered;

    @Override
    public String payload(PaymentReference reference, Money amount) {
        return "PAY " + amount + " REF " + reference;
    }

    @Override
    public byte[] png(String payload) {
        return ("PNG:" + payload).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String refund(PaymentReference reference, String transactionReference, Money amount) {
        if (unanswered) {
            throw new PaymentGatewayException("the bank timed out");
        }
        refunds.add(reference + " " + amount);
        return "refund-" + reference;
    }
}
