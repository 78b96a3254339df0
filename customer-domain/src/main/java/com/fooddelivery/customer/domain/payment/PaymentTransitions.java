package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.payment.Payment.Status;
import com.fooddelivery.customer.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The payment's state machine: which step may follow which, and what each step keeps. A step that does not
 * follow from the payment's status is a {@link ConflictException}, so a late or repeated word changes nothing.
 */
final class PaymentTransitions {

    private static final Set<Status> UNSETTLED = Set.of(Status.PENDING, Status.REQUIRES_ACTION);
    private static final Set<Status> GIVEN_UP = Set.of(Status.VOIDED, Status.RELEASING, Status.FAILED);

    private PaymentTransitions() {}

    static Payment authorized(Payment payment, String processorReference, Optional<CardSummary> card, Instant at) {
        require(payment, UNSETTLED, "authorised");
        return payment.with(
                Status.AUTHORIZED,
                Optional.of(processorReference),
                Optional.empty(),
                card.or(payment::card),
                payment.refundReference(),
                at);
    }

    static Payment requiresAction(Payment payment, String processorReference, Instant at) {
        require(payment, Set.of(Status.PENDING), "sent to authentication");
        return step(payment, Status.REQUIRES_ACTION, Optional.of(processorReference), Optional.empty(), at);
    }

    static Payment paid(Payment payment, Optional<String> transactionReference, Instant at) {
        require(payment, Set.of(Status.PENDING, Status.AUTHORIZED, Status.CAPTURING), "paid");
        return step(payment, Status.PAID, transactionReference.or(payment::providerReference), Optional.empty(), at);
    }

    /** The hold stays, and an earlier refusal's reason goes: the capture is asked for again. */
    static Payment capturing(Payment payment, Instant at) {
        require(payment, Set.of(Status.AUTHORIZED), "captured");
        return step(payment, Status.CAPTURING, payment.providerReference(), Optional.empty(), at);
    }

    static Payment captureRefused(Payment payment, String reason, Instant at) {
        require(payment, Set.of(Status.AUTHORIZED, Status.CAPTURING), "refused a capture");
        return step(payment, Status.AUTHORIZED, payment.providerReference(), Optional.of(reason), at);
    }

    static Payment failed(Payment payment, String reason, Instant at) {
        require(payment, UNSETTLED, "failed");
        return step(payment, Status.FAILED, payment.providerReference(), Optional.of(reason), at);
    }

    static Payment unanswered(Payment payment, String reason, Instant at) {
        require(payment, Set.of(Status.PENDING), "left pending");
        return step(payment, Status.PENDING, payment.providerReference(), Optional.of(reason), at);
    }

    static Payment voided(Payment payment, String reason, Instant at) {
        require(payment, Set.of(Status.PENDING, Status.REQUIRES_ACTION, Status.AUTHORIZED), "voided");
        return step(payment, Status.VOIDED, payment.providerReference(), Optional.of(reason), at);
    }

    /** A given-up attempt with the hold to release; a failed one only becomes releasing, a hold having appeared. */
    static Payment withHold(Payment payment, Status next, String processorReference, String reason, Instant at) {
        Objects.requireNonNull(processorReference, "processorReference");
        Set<Status> from = next == Status.RELEASING ? GIVEN_UP : Set.of(Status.VOIDED, Status.RELEASING);
        if (!from.contains(payment.status())) {
            throw new ConflictException(
                    "A payment that is " + payment.status() + " cannot be given a hold to release.");
        }
        if (payment.providerReference().isPresent()
                && !payment.providerReference().get().equals(processorReference)) {
            throw new ConflictException(
                    "A payment that records " + payment.providerReference().get() + " cannot be given another hold.");
        }
        return step(payment, next, Optional.of(processorReference), Optional.of(reason), at);
    }

    static Payment refunded(Payment payment, String refundReference, String reason, Instant at) {
        require(payment, Set.of(Status.PAID), "refunded");
        return payment.with(
                Status.REFUNDED,
                payment.providerReference(),
                Optional.of(reason),
                payment.card(),
                Optional.of(refundReference),
                at);
    }

    static Payment refunding(Payment payment, String transactionReference, String reason, Instant at) {
        require(payment, GIVEN_UP, "owed a refund");
        return step(payment, Status.REFUNDING, Optional.of(transactionReference), Optional.of(reason), at);
    }

    static Payment refundedOnArrival(
            Payment payment, String transactionReference, String refundReference, String reason, Instant at) {
        if (!GIVEN_UP.contains(payment.status()) && payment.status() != Status.REFUNDING) {
            throw new ConflictException("A payment that is " + payment.status() + " is not refunded on arrival.");
        }
        return payment.with(
                Status.REFUNDED,
                Optional.of(transactionReference),
                Optional.of(reason),
                payment.card(),
                Optional.of(refundReference),
                at);
    }

    /** The next state, keeping the card and the refund: only the parts a step changes are named. */
    private static Payment step(
            Payment payment, Status next, Optional<String> provider, Optional<String> reason, Instant at) {
        return payment.with(next, provider, reason, payment.card(), payment.refundReference(), at);
    }

    private static void require(Payment payment, Set<Status> from, String step) {
        if (!from.contains(payment.status())) {
            throw new ConflictException("A payment that is " + payment.status() + " cannot be " + step + ".");
        }
    }
}
