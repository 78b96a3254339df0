package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An EMVCo merchant-presented QR payload (EMV QRCPS-MPM 1.1), the dynamic kind: it carries the
 * amount and our reference, so it pays exactly one order once. Every field is ID, two-digit length,
 * value; the payload ends with tag 63, a CRC-16/CCITT-FALSE over everything before it including
 * "6304".
 */
final class EmvcoQrPayload {

    private EmvcoQrPayload() {}

    static String build(Merchant merchant, PaymentReference reference, Money amount) {
        StringBuilder payload = new StringBuilder();
        field(payload, "00", "01"); // payload format indicator
        field(payload, "01", "12"); // point of initiation: dynamic, used once
        field(payload, "26", field("00", merchant.networkId()) + field("01", merchant.accountId()));
        field(payload, "52", merchant.categoryCode());
        field(
                payload,
                "53",
                String.format(Locale.ROOT, "%03d", amount.currency().getNumericCode()));
        field(payload, "54", amount.amount().toPlainString());
        field(payload, "58", merchant.countryCode());
        field(payload, "59", merchant.name());
        field(payload, "60", merchant.city());
        field(payload, "62", field("05", reference.value())); // additional data: reference label
        payload.append("6304");
        return payload + String.format(Locale.ROOT, "%04X", crc16(payload.toString()));
    }

    /** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR. */
    static int crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return crc;
    }

    private static void field(StringBuilder payload, String id, String value) {
        payload.append(field(id, value));
    }

    private static String field(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("EMVCo field " + id + " holds at most 99 characters");
        }
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }
}
