package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles the payment of an order that was just cancelled, inside the cancelling unit of work: a
 * card's held money is released (never captured and refunded, so no money moves twice), a bank
 * transfer that arrived is sent back, and anything not yet paid is withdrawn. Shared by the
 * customer's cancel and the service's own cancel of unpaid orders; not a use case of its own.
 */
public class CancelledOrderPayments {

    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final Optional<BankQrIssuer> bankQr;

    /**
     * @param payments the payment attempts
     * @param cards    releases and refunds card money
     * @param bankQr   refunds bank transfers; empty where the service takes no BANK_QR payments
     */
    @Inject
    public CancelledOrderPayments(PaymentRepository payments, CardProcessor cards, Optional<BankQrIssuer> bankQr) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.bankQr = Objects.requireNonNull(bankQr, "bankQr");
    }

    /**
     * Settles the live payment of {@code cancelled}, which the caller's unit of work holds locked.
     *
     * @param cancelled the order, just cancelled
     * @param now when
     * @param why what the customer reads on the payment, e.g. "order cancelled"
     * @return the order, marked refunded when money went back
     * @throws com.fooddelivery.customer.domain.payment.PaymentGatewayException when the processor or
     *         bank does not answer: the cancel rolls back and can be retried
     */
    public Order settle(Order cancelled, Instant now, String why) {
        if (cancelled.status() != OrderStatus.CANCELLED) {
            throw new IllegalArgumentException("order " + cancelled.uid() + " is not cancelled");
        }
        Optional<Payment> live = payments.liveOf(cancelled.uid());
        if (live.isEmpty()) {
            return cancelled;
        }
        Payment payment = live.get();
        switch (payment.status()) {
            case PENDING -> payments.update(payment.voided(why, now));
            case REQUIRES_ACTION -> {
                // The authentication under way is given up at the processor, so it can no longer hold money.
                // A refusal means the processor keeps no such attempt (cancelled already, or a sandbox that
                // restarted): nothing to release, and the cancel must not be blocked by it.
                CardProcessor.Outcome given = cards.voidAuthorization(payment.providerReference().orElseThrow(),
                        payment.reference() + "-void");
                payments.update(payment.voided(given instanceof CardProcessor.Declined refused
                        ? Payment.fittedReason(why + "; the card processor had no authentication to cancel ("
                                + refused.reason() + ")")
                        : why + "; the card authentication was cancelled", now));
            }
            case AUTHORIZED -> {
                String processorReference = payment.providerReference().orElseThrow();
                ProcessorAnswers.approved(cards.voidAuthorization(processorReference, payment.reference() + "-void"),
                        "release the payment");
                payments.update(payment.voided(why + "; the card hold was released", now));
            }
            case PAID -> {
                String refund;
                if (payment.method() == PaymentMethod.CARD) {
                    refund = ProcessorAnswers.approved(cards.refund(payment.providerReference().orElseThrow(),
                            payment.amount(), payment.reference() + "-refund"), "refund the payment");
                } else if (payment.method() == PaymentMethod.BANK_QR) {
                    refund = bankQr.orElseThrow(() -> new IllegalStateException("a bank-QR payment exists but no BankQrIssuer is wired")).refund(payment.reference(), payment.providerReference().orElse(""), payment.amount());
                } else {
                    // Cash and POS were handed over at the door: the courier settles that by hand.
                    return cancelled;
                }
                payments.update(payment.refunded(refund, why + "; the money was sent back", now));
                return cancelled.paymentRefunded();
            }
            default -> throw new IllegalStateException("a live payment is " + payment.status());
        }
        return cancelled;
    }
}
