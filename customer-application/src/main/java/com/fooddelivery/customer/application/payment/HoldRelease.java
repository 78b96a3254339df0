package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Releases the hold of a card attempt whose order was cancelled while the processor worked, inside the
 * caller's unit of work and under the order's lock, and records how that went on the attempt. The
 * processor's reference is recorded whatever its answer, so a release left unconfirmed can be asked for
 * again by a retry; every ask goes under the attempt's one {@code -void} key, so asking again is harmless.
 */
final class HoldRelease {

    private static final String CANCELLED_WHILE_CHARGED = "order cancelled while the card was being charged";

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final Clock clock;

    HoldRelease(OrderRepository orders, PaymentRepository payments, CardProcessor cards, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The order was cancelled (by the customer or for want of payment) while the processor worked: its
     * hold, or its authentication under way, is released.
     *
     * @param answered the attempt as the processor's answer would have left it, before it is voided
     */
    Recorded forCancelled(
            Payment current, Order order, String hold, UnaryOperator<Payment> answered, boolean replayed, Instant now) {
        Release release = release(hold, current);
        Payment next = current;
        if (next.status() == Payment.Status.PENDING) {
            next = answered.apply(next).voided(CANCELLED_WHILE_CHARGED, now);
        }
        if (next.status() == Payment.Status.VOIDED || next.status() == Payment.Status.RELEASING) {
            next = release.record(next, hold, now);
            payments.update(next);
        }
        return new Recorded(
                new PayOrder.Result(next, order, Optional.empty(), Optional.empty(), replayed), Optional.of(release));
    }

    /** Asks the processor again to release a hold whose release it never confirmed. */
    Recorded retry(Payment attempt) {
        Order order = orders.lockByUid(attempt.orderUid()).orElseThrow();
        Payment current = payments.byReference(attempt.reference()).orElseThrow();
        if (current.status() != Payment.Status.RELEASING) {
            // A racing retry, or the processor's own word, settled it first.
            return new Recorded(
                    new PayOrder.Result(current, order, Optional.empty(), Optional.empty(), true), Optional.empty());
        }
        String hold = current.providerReference().orElseThrow();
        Release release = release(hold, current);
        Payment next = release.record(current, hold, clock.instant());
        payments.update(next);
        return new Recorded(
                new PayOrder.Result(next, order, Optional.empty(), Optional.empty(), true), Optional.of(release));
    }

    private Release release(String hold, Payment attempt) {
        try {
            CardProcessor.Outcome outcome =
                    cards.voidAuthorization(hold, attempt.reference().voidKey());
            if (outcome instanceof CardProcessor.Declined refused) {
                // Asking again under the same key would get the same refusal: the attempt is settled as voided.
                return new Release(
                        true,
                        Payment.fittedReason(CANCELLED_WHILE_CHARGED
                                + "; the card processor refused to release the hold: " + refused.reason()),
                        new ConflictException("The order was cancelled and the card processor refused to release "
                                + "the hold: " + refused.reason()));
            }
            return new Release(
                    true,
                    CANCELLED_WHILE_CHARGED + "; the hold was released",
                    new ConflictException(
                            "The order was cancelled while the card was being charged; the hold was released."));
        } catch (PaymentGatewayException unanswered) {
            return new Release(
                    false,
                    CANCELLED_WHILE_CHARGED
                            + "; the card processor has not confirmed releasing the hold: retry with the same Idempotency-Key",
                    unanswered);
        }
    }

    /**
     * How the release of a hold went.
     *
     * @param answered whether the processor answered (released, or refused for good)
     * @param answer   what the request answers once that is recorded: the order is cancelled either way
     */
    record Release(boolean answered, String reason, RuntimeException answer) {

        /** The given-up attempt with its hold: voided once the processor answered, else still releasing. */
        Payment record(Payment givenUp, String hold, Instant at) {
            return answered ? givenUp.voidedWithHold(hold, reason, at) : givenUp.releasing(hold, reason, at);
        }
    }
}
