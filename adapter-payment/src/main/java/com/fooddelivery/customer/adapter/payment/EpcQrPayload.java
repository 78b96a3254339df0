package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;

/**
 * An EPC069-12 "BCD" payload (the European Payments Council's SEPA credit transfer QR code),
 * version 002, UTF-8: beneficiary name, IBAN, amount in euros and our reference as the
 * unstructured remittance text. Static bank details, so the bank's callback, not the code, ties a
 * transfer to its payment.
 */
final class EpcQrPayload {

    private EpcQrPayload() {}

    static String build(Merchant merchant, PaymentReference reference, Money amount) {
        if (!amount.currency().getCurrencyCode().equals("EUR")) {
            throw new IllegalArgumentException("EPC QR codes transfer euros only, not " + amount.currency());
        }
        return String.join(
                "\n",
                "BCD", // service tag
                "002", // version: BIC optional inside the EEA
                "1", // character set: UTF-8
                "SCT", // SEPA credit transfer
                "", // BIC
                merchant.name(),
                merchant.accountId().replace(" ", ""), // IBAN
                "EUR" + amount.amount().toPlainString(),
                "", // purpose code
                "", // structured (RF) reference: ours is not ISO 11649
                "Order payment " + reference.value()); // unstructured remittance, up to 140 characters
    }
}
