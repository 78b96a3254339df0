package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Releases the hold of a card attempt whose order was cancelled while the processor worked, in two steps
 * as decision 0009 settles a cancel, so that no row stays locked while the processor answers. {@link #owe}
 * runs in the unit of work that records the processor's answer and commits the attempt {@code RELEASING}
 * with its hold; {@link #settle} then asks the processor outside any transaction and records its answer in
 * a unit of work of its own. Every ask goes under the attempt's one {@code -void} key, so a release left
 * unanswered (or never asked for, had the service stopped) is asked for again harmlessly by a retry.
 */
final class HoldRelease {

    private static final String CANCELLED_WHILE_CHARGED = "order cancelled while the card was being charged";

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    HoldRelease(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Inside the recording unit of work, under the order's lock: the order was cancelled (by the customer
     * or for want of payment) while the processor worked, so the attempt is given up and its hold, or its
     * authentication under way, is owed a release.
     *
     * @param answered the attempt as the processor's answer would have left it, before it is voided
     * @return the attempt given up, and the release to {@link #settle} once this is committed
     */
    Recorded owe(
            Payment current, Order order, String hold, UnaryOperator<Payment> answered, boolean replayed, Instant now) {
        Payment next = current;
        if (next.status() == Payment.Status.PENDING) {
            next = answered.apply(next).voided(CANCELLED_WHILE_CHARGED, now);
        }
        if (next.status() == Payment.Status.VOIDED || next.status() == Payment.Status.RELEASING) {
            next = next.releasing(
                    hold, CANCELLED_WHILE_CHARGED + "; the card processor is asked to release the hold", now);
            payments.update(next);
        }
        return new Recorded(
                new PayOrder.Result(next, order, Optional.empty(), Optional.empty(), replayed),
                Optional.of(new Owed(next, hold)));
    }

    /** After a commit that left {@code releasing} owing its release: asks for it again. */
    PayOrder.Result retry(Payment releasing) {
        return settle(new Owed(releasing, releasing.providerReference().orElseThrow()));
    }

    /**
     * Outside any transaction: asks the processor to release the hold, then records its answer.
     *
     * @return the attempt as recorded, when a racing retry, a new cancel or the processor's own word
     *     settled the release first
     * @throws ConflictException once the release is recorded: the order is cancelled, the hold released or
     *     refused for good
     * @throws PaymentGatewayException when the processor did not answer: the attempt stays releasing and the
     *     same request asks again
     */
    PayOrder.Result settle(Owed owed) {
        Release release = release(owed.hold(), owed.attempt());
        Optional<PayOrder.Result> settledMeanwhile = unitOfWork.inTransaction(() -> record(owed, release));
        return settledMeanwhile.orElseThrow(release::answer);
    }

    /** Records the release's answer; if another settled it first, what they recorded instead. */
    private Optional<PayOrder.Result> record(Owed owed, Release release) {
        Order order = orders.lockByUid(owed.attempt().orderUid()).orElseThrow();
        Payment current = payments.byReference(owed.attempt().reference()).orElseThrow();
        if (current.status() == Payment.Status.RELEASING) {
            payments.update(release.record(current, owed.hold(), clock.instant()));
            return Optional.empty();
        }
        // An attempt settled or refunded before it could be given up records nothing and answers as the processor did.
        return owed.attempt().status() == Payment.Status.RELEASING
                ? Optional.of(new PayOrder.Result(current, order, Optional.empty(), Optional.empty(), true))
                : Optional.empty();
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

    /** A release committed as owed, to ask for after the commit. */
    record Owed(Payment attempt, String hold) {}

    /**
     * How the release of a hold went.
     *
     * @param answered whether the processor answered (released, or refused for good)
     * @param answer   what the request answers once that is recorded: the order is cancelled either way
     */
    private record Release(boolean answered, String reason, RuntimeException answer) {

        /** The given-up attempt with its hold: voided once the processor answered, else still releasing. */
        Payment record(Payment givenUp, String hold, Instant at) {
            return answered ? givenUp.voidedWithHold(hold, reason, at) : givenUp.releasing(hold, reason, at);
        }
    }
}
