package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * What a bank's or card processor's notice makes of a payment: {@link ApplyPaymentCallback}'s state machine, by
 * the notice's outcome and the payment's status. A hold or money reported for an attempt or order given up
 * meanwhile is only marked owed back here (RELEASING, REFUNDING); nobody is asked before the commit.
 */
final class PaymentAfterNotice {

    private static final String HOLD_RELEASED =
            "order cancelled while the card was being charged; the hold was released";
    private static final String RELEASE_OWED =
            "given up while the card was being charged; the card processor is asked to release the hold";
    private static final String REFUND_OWED = "money arrived after the attempt was given up; it is being sent back";

    private PaymentAfterNotice() {}

    /** The payment after {@code notice}; the payment itself when the notice changes nothing. */
    static Payment next(Payment payment, Order order, PaymentNotice notice, Instant now) {
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
                                : payment.authorized(hold, Optional.empty(), now)
                                        .voided(RELEASE_OWED, now)
                                        .releasing(hold, RELEASE_OWED, now);
                    // Given up while the processor's answer was lost: the hold must not outlive the attempt.
                    case VOIDED, FAILED, RELEASING -> payment.releasing(hold, RELEASE_OWED, now);
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
                                : payment.voided("order cancelled before the money arrived", now)
                                        .refunding(transaction(notice), REFUND_OWED, now);
                    // The processor captured on its own, before the kitchen's start asked us to.
                    case AUTHORIZED -> payment.paid(Optional.empty(), now);
                    case VOIDED, RELEASING, FAILED -> payment.refunding(transaction(notice), REFUND_OWED, now);
                    default -> payment;
                };
        };
    }

    private static String transaction(PaymentNotice notice) {
        return notice.transactionReference().orElse(notice.eventId());
    }
}
