package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives a customer's money back the way it came: a card hold released, a card charge or a bank transfer
 * refunded. Each call carries the attempt's own idempotency key, so a retry moves the money once; a
 * processor's refusal stops the use case with 409 (see {@link CardProcessorApproval}).
 */
final class MoneyBack {

    private final CardProcessor cards;
    private final Optional<BankQrIssuer> bankQr;

    MoneyBack(CardProcessor cards, Optional<BankQrIssuer> bankQr) {
        this.cards = Objects.requireNonNull(cards, "cards");
        this.bankQr = Objects.requireNonNull(bankQr, "bankQr");
    }

    /** Releases the card hold {@code hold} made for {@code payment}. */
    void releaseHold(Payment payment, String hold) {
        CardProcessorApproval.approved(
                cards.voidAuthorization(hold, payment.reference().voidKey()), "release the hold");
    }

    /**
     * Refunds the card charge or bank transfer {@code transaction} of {@code payment}.
     *
     * @return the processor's or the bank's id of the refund
     */
    String refund(Payment payment, String transaction) {
        return payment.method() == PaymentMethod.CARD
                ? CardProcessorApproval.approved(
                        cards.refund(
                                transaction,
                                payment.amount(),
                                payment.reference().refundKey()),
                        "refund the payment")
                : bankQr.orElseThrow(() ->
                                new IllegalStateException("a bank-QR payment exists but no BankQrIssuer is wired"))
                        .refund(payment.reference(), transaction, payment.amount());
    }
}
