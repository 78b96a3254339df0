package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * The ports of payments and the customer's saved cards.
 *
 * @param bankQr      bank-app QR payments; without it BANK_QR orders cannot be paid and there is no QR use case
 * @param callbacks   the bank's and processor's signed notices; without it there is no callback use case
 * @param linkedCards the customer's saved cards; without it no card use case is built and a saved card is never
 *     found
 */
public record PaymentPorts(
        PaymentRepository payments,
        CardProcessor cards,
        Optional<BankQrIssuer> bankQr,
        Optional<PaymentNoticeVerifier> callbacks,
        Optional<LinkedCardRepository> linkedCards) {

    /** Requires every port; the optional ones may be empty, never null. */
    public PaymentPorts {
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(bankQr, "bankQr");
        Objects.requireNonNull(callbacks, "paymentCallbacks");
        Objects.requireNonNull(linkedCards, "linkedCards");
    }
}
