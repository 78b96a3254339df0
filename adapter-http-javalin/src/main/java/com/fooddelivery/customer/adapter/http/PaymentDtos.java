package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.payment.Payment;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * JSON shapes of payments. The card and pay requests are the records that ever hold a card number or
 * CVC in this adapter; their {@code toString} prints neither, so no log line can carry them.
 */
final class PaymentDtos {

    private PaymentDtos() {}

    /**
     * {@code {"token": …}}, {@code {"card": {…}}} or {@code {"savedCardId": …, "cvc": …}}; empty for BANK_QR.
     * {@code toString} never prints the CVC.
     */
    record PayRequest(String token, CardRequest card, Integer savedCardId, String cvc) {

        @Override
        public String toString() {
            return "PayRequest[token=" + token + ", card=" + card + ", savedCardId=" + savedCardId + ", cvc=redacted]";
        }
    }

    record CardRequest(String number, Integer expMonth, Integer expYear, String cvc, String holder) {

        @Override
        public String toString() {
            return "CardRequest[redacted]";
        }
    }

    record CardDto(String brand, String last4) {}

    /** A payment attempt and its outcome, as the order report and the pay response show it. */
    record PaymentDto(
            String reference,
            String method,
            String status,
            BigDecimal amount,
            String currency,
            String providerReference,
            String failureReason,
            CardDto card,
            String refundReference,
            Instant createdAt,
            Instant updatedAt) {}

    record QrDto(String payload, String pngUrl) {}

    /** Where the customer goes next: {@code redirect} to the card issuer's authentication page (3-D Secure). */
    record NextActionDto(String type, String url) {}

    record PayResponse(
            String orderUid,
            String orderStatus,
            String orderPaymentStatus,
            PaymentDto payment,
            QrDto qr,
            NextActionDto nextAction) {}

    record CallbackResponse(boolean applied, String paymentStatus) {}

    static PaymentDto toDto(Payment payment) {
        return new PaymentDto(
                payment.reference().value(),
                payment.method().name(),
                payment.status().name(),
                payment.amount().amount(),
                payment.amount().currency().getCurrencyCode(),
                payment.providerReference().orElse(null),
                payment.failureReason().orElse(null),
                payment.card()
                        .map(card -> new CardDto(card.brand(), card.last4()))
                        .orElse(null),
                payment.refundReference().orElse(null),
                payment.createdAt(),
                payment.updatedAt());
    }

    static String qrUrl(Order order) {
        return OrderDtos.location(order) + "/payment/qr.png";
    }
}
