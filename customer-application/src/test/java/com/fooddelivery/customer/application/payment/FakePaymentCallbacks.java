package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.PaymentCallbacks;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * Callbacks whose "signature" is the word {@code good}, and whose body is
 * {@code eventId;reference;amount;currency;PAID|FAILED}: the use case's logic, without HMAC.
 */
final class FakePaymentCallbacks implements PaymentCallbacks {

    @Override
    public PaymentNotice verify(String provider, String signature, byte[] body, Instant now) {
        if (!"good".equals(signature)) {
            throw new CallbackRejectedException("bad signature");
        }
        String[] parts = new String(body, StandardCharsets.UTF_8).split(";");
        boolean paid = parts[4].equals("PAID");
        return new PaymentNotice(provider, parts[0], parts[1],
                new Money(new BigDecimal(parts[2]), Currency.getInstance(parts[3])), paid,
                Optional.of("tx-" + parts[0]), paid ? Optional.empty() : Optional.of("rejected by the customer"));
    }

    static byte[] body(String eventId, Object reference, String amount, String currency, String outcome) {
        return (eventId + ";" + reference + ";" + amount + ";" + currency + ";" + outcome).getBytes(StandardCharsets.UTF_8);
    }
}
