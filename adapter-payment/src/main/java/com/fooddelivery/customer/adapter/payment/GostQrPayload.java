package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A GOST R 56042-2014 payment QR payload, the Russian banks' "ST00012" format: the header
 * {@code ST0001} with the character set digit {@code 2} (UTF-8), then {@code Key=Value} pairs
 * separated by {@code |}. The five required fields come first in the standard's order (Name,
 * PersonalAcc, BankName, BIC, CorrespAcc); then the amount in kopecks (Sum), our reference as the
 * payment's purpose (Purpose) and, if configured, the merchant's INN (PayeeINN). Static bank details,
 * so the bank's callback, not the code, ties a transfer to its payment.
 */
final class GostQrPayload {

    /** Separates the fields; the standard forbids it inside values. */
    static final String SEPARATOR = "|";
    /** Format ST0001 in UTF-8, the character set digit 2. */
    static final String HEADER = "ST00012";
    /** Purpose holds at most 210 characters. */
    private static final int PURPOSE_LENGTH = 210;

    private GostQrPayload() {}

    /**
     * Checks at start-up that the merchant fits the format: a 20-digit settlement account and a name
     * without the separator.
     *
     * @throws IllegalArgumentException naming the field that does not fit
     */
    static void requireFits(Merchant merchant) {
        if (!merchant.accountId().matches("[0-9]{20}")) {
            throw new IllegalArgumentException(
                    "the merchant's account is a 20-digit Russian settlement account for " + "GOST QR codes");
        }
        if (merchant.name().contains(SEPARATOR)) {
            throw new IllegalArgumentException("the merchant's name must not contain '|' in GOST QR codes");
        }
    }

    static String build(Merchant merchant, BankDetails bank, PaymentReference reference, Money amount) {
        if (!amount.currency().getCurrencyCode().equals("RUB")) {
            throw new IllegalArgumentException("GOST QR codes transfer roubles only, not " + amount.currency());
        }
        requireFits(merchant);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", merchant.name());
        fields.put("PersonalAcc", merchant.accountId());
        fields.put("BankName", bank.bankName());
        fields.put("BIC", bank.bic());
        fields.put("CorrespAcc", bank.correspondentAccount());
        // Kopecks, an integer: 1920.50 RUB is 192050.
        fields.put("Sum", amount.amount().movePointRight(2).toBigIntegerExact().toString());
        fields.put("Purpose", purpose(reference));
        bank.taxId().ifPresent(inn -> fields.put("PayeeINN", inn));
        StringJoiner payload = new StringJoiner(SEPARATOR);
        payload.add(HEADER);
        fields.forEach((key, value) -> payload.add(key + "=" + value));
        return payload.toString();
    }

    private static String purpose(PaymentReference reference) {
        // In Russian, as the payer's bank statement shows it; the reference is what the bank's callback returns.
        String purpose = "Оплата заказа " + reference.value();
        if (purpose.length() > PURPOSE_LENGTH) {
            throw new IllegalStateException("the purpose outgrew its field");
        }
        return purpose;
    }
}
