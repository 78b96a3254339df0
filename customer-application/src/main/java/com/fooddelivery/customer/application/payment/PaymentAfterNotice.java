package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bank's or card processor's notice makes of a payment: the state machine of {@link ApplyPaymentCallback},
 * by the notice's outcome and the payment's status. A hold or money reported for an order or attempt given up
 * meanwhile does not outlive it: it is released or refunded at once.
 */
final class PaymentAfterNotice {

    private static final String HOLD_RELEASED =
            "order cancelled while the card was being charged; the hold was released";

    private final MoneyBack moneyBack;

    PaymentAfterNotice(MoneyBack moneyBack) {
        this.moneyBack = Objects.requireNonNull(moneyBack, "moneyBack");
    }

    /**
     * The payment after {@code notice}; the payment itself when the notice changes nothing. Money or a hold
     * that arrives for an attempt or order given up meanwhile is sent back here, before the answer.
     */
    Payment next(Payment payment, Order order, PaymentNotice notice, Instant now) {
        boolean awaited = order.status() == OrderStatus.AWAITING_PAYMENT;
        return switch (notice.outcome()) {
            case FAILED ->
                CardAttempts.unsettled(payment)
                        ? payment.failed(notice.failureReason().orElse("the provider reported a failed payment"), now)
                        : payment;
            case CANCELLED ->
                switch (payment.status()) {
                    case PENDING, REQUIRES_ACTION, AUTHORIZED ->
                        payment.voided(
                                Payment.fittedReason("the card processor cancelled the payment"
                                        + notice.failureReason()
                                                .map(reason -> " (" + reason + ")")
                                                .orElse("")),
                                now);
                    // The release we asked for and never heard back about has happened.
                    case RELEASING ->
                        payment.voidedWithHold(payment.providerReference().orElseThrow(), HOLD_RELEASED, now);
                    default -> payment;
                };
            case AUTHORIZED -> {
                String hold = notice.transactionReference()
                        .orElseThrow(() ->
                                ValidationException.of("transactionReference", "is required for a card authorisation"));
                yield switch (payment.status()) {
                    case PENDING, REQUIRES_ACTION ->
                        awaited
                                ? payment.authorized(hold, Optional.empty(), now)
                                : release(payment.authorized(hold, Optional.empty(), now), now);
                    case VOIDED, FAILED -> {
                        // Given up while the processor's answer was lost (a cancel, the unpaid-order
                        // sweep): the hold it reports now must not outlive the attempt.
                        moneyBack.releaseHold(payment, hold);
                        yield payment;
                    }
                    case RELEASING -> {
                        moneyBack.releaseHold(payment, hold);
                        yield payment.voidedWithHold(hold, HOLD_RELEASED, now);
                    }
                    default -> payment;
                };
            }
            // The processor's word that the cardholder must authenticate, when its answer to our call was lost.
            case ACTION_REQUIRED ->
                payment.status() == Payment.Status.PENDING && awaited
                        ? payment.requiresAction(
                                notice.transactionReference()
                                        .orElseThrow(() -> ValidationException.of(
                                                "transactionReference", "is required for an authentication")),
                                now)
                        : payment;
            case PAID ->
                switch (payment.status()) {
                    case PENDING ->
                        awaited
                                ? payment.paid(notice.transactionReference(), now)
                                : refundOnArrival(
                                        payment.voided("order cancelled before the money arrived", now),
                                        transaction(notice),
                                        now);
                    // The processor captured on its own, before the kitchen's start asked us to.
                    case AUTHORIZED -> payment.paid(Optional.empty(), now);
                    case VOIDED, RELEASING, FAILED -> refundOnArrival(payment, transaction(notice), now);
                    default -> payment;
                };
        };
    }

    private static String transaction(PaymentNotice notice) {
        return notice.transactionReference().orElse(notice.eventId());
    }

    /** A hold reported for an order cancelled meanwhile is released at once. */
    private Payment release(Payment held, Instant now) {
        moneyBack.releaseHold(held, held.providerReference().orElseThrow());
        return held.voided(HOLD_RELEASED, now);
    }

    private Payment refundOnArrival(Payment payment, String transaction, Instant now) {
        return payment.refundedOnArrival(
                transaction,
                moneyBack.refund(payment, transaction),
                "money arrived after the order was cancelled and was sent back",
                now);
    }
}
