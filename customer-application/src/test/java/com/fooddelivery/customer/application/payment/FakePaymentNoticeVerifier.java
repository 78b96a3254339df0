package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * Callbacks whose "signature" is the word {@code good}, and whose body is
 * {@code eventId;reference;amount;currency;OUTCOME[;METHOD]} (outcome as in {@link PaymentNotice.Outcome},
 * method BANK_QR unless given): the use case's logic, without HMAC.
 */
public final class FakePaymentNoticeVerifier implements PaymentNoticeVerifier {

    @Override
    public PaymentNotice verify(String provider, String signature, byte[] body, Instant now) {
        if (!"good".equals(signature)) {
            throw new CallbackRejectedException("bad signature");
        }
        String[] parts = new String(body, StandardCharsets.UTF_8).split(";");
        PaymentNotice.Outcome outcome = PaymentNotice.Outcome.valueOf(parts[4]);
        PaymentMethod method = parts.length > 5 ? PaymentMethod.valueOf(parts[5]) : PaymentMethod.BANK_QR;
        boolean fine = outcome == PaymentNotice.Outcome.PAID || outcome == PaymentNotice.Outcome.AUTHORIZED;
        return new PaymentNotice(
                provider,
                parts[0],
                method,
                parts[1],
                new Money(new BigDecimal(parts[2]), Currency.getInstance(parts[3])),
                outcome,
                Optional.of("tx-" + parts[0]),
                fine ? Optional.empty() : Optional.of("rejected by the customer"));
    }

    /** A card processor's notice. */
    static byte[] cardBody(String eventId, Object reference, String outcome) {
        return (eventId + ";" + reference + ";19.20;EUR;" + outcome + ";CARD").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] body(String eventId, Object reference, String amount, String currency, String outcome) {
        return (eventId + ";" + reference + ";" + amount + ";" + currency + ";" + outcome)
                .getBytes(StandardCharsets.UTF_8);
    }
}
