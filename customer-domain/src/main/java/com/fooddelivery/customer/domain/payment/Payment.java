package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to pay one order, with its outcome. An order has at most one live attempt (pending,
 * authorised or paid) at a time; failed and voided ones stay as its history. Immutable: every step
 * returns a new payment, and the payment's state machine lives here.
 *
 * @param reference         our reference, also the processor's idempotency key and the QR code's reference
 * @param requestKey        the client's Idempotency-Key and a fingerprint of its request; empty for
 *                          payments at the door, which no client starts
 * @param providerReference the processor's or bank's id of the transaction, or the POS terminal's reference
 * @param failureReason     why it failed, was voided or refunded, in words fit for the customer
 * @param refundReference   the processor's or bank's id of the refund, once the money went back
 */
public record Payment(
        PaymentReference reference,
        OrderUid orderUid,
        PaymentMethod method,
        Money amount,
        Status status,
        Optional<RequestKey> requestKey,
        Optional<String> providerReference,
        Optional<String> failureReason,
        Optional<CardSummary> card,
        Optional<String> refundReference,
        Instant createdAt,
        Instant updatedAt) {

    /** Most characters (code points) of a provider reference: a processor's, bank's or terminal's id. */
    public static final int MAX_PROVIDER_REFERENCE = 255;
    /** Most characters (code points) of a failure reason. */
    public static final int MAX_FAILURE_REASON = 500;

    /** Where a payment stands. */
    public enum Status {
        /** Started, no money secured yet: a QR code issued, a card call unanswered, cash not yet handed over. */
        PENDING,
        /**
         * The card processor asks the cardholder to authenticate (3-D Secure) before it holds the money;
         * the provider reference names the processor's attempt to finish with.
         */
        REQUIRES_ACTION,
        /** A card's money is held, to be captured when the kitchen starts. */
        AUTHORIZED,
        /** The money arrived. */
        PAID,
        /** Refused by the processor or the bank; see the failure reason. */
        FAILED,
        /** Given up before any money moved: an authorisation released, a QR code withdrawn. */
        VOIDED,
        /**
         * Given up while the processor held the card's money (the order was cancelled as it worked), and
         * the processor has not yet confirmed releasing the hold: a retry of the payment request, or the
         * processor's own word, completes the release.
         */
        RELEASING,
        /** The money went back to the customer. */
        REFUNDED;

        /**
         * Whether this attempt still counts as the order's payment (no new attempt may start).
         *
         * @return true while pending, waiting for authentication, authorised or paid; false once failed,
         *     voided, releasing or refunded
         */
        public boolean live() {
            return this == PENDING || this == REQUIRES_ACTION || this == AUTHORIZED || this == PAID;
        }
    }

    /**
     * The client's Idempotency-Key of the request that started the attempt.
     *
     * @param fingerprint a digest of the request, to tell a retry from a different request
     */
    public record RequestKey(String key, String fingerprint) {

        /**
         * The two halves of an Idempotency-Key claim: both are required, or a retry could not be told from a
         * reuse.
         */
        public RequestKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** Refuses a payment missing any part; absent values are empty {@code Optional}s, never null. */
    public Payment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(providerReference, "providerReference");
        Objects.requireNonNull(failureReason, "failureReason");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(refundReference, "refundReference");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        // Senders' texts are checked against these limits where they arrive; this is the last guard,
        // so no path can hold an attempt that cannot be stored.
        if (longer(providerReference, MAX_PROVIDER_REFERENCE) || longer(refundReference, MAX_PROVIDER_REFERENCE)) {
            throw new IllegalArgumentException(
                    "a provider or refund reference has at most " + MAX_PROVIDER_REFERENCE + " characters");
        }
        if (longer(failureReason, MAX_FAILURE_REASON)) {
            throw new IllegalArgumentException("a failure reason has at most " + MAX_FAILURE_REASON + " characters");
        }
    }

    /**
     * A reason that quotes a sender's words inside ours, cut to {@link #MAX_FAILURE_REASON} characters:
     * the sender's part alone may already fill them.
     *
     * @return the text, or its start and an ellipsis when it is longer than a payment keeps
     */
    public static String fittedReason(String reason) {
        if (characters(reason) <= MAX_FAILURE_REASON) {
            return reason;
        }
        return reason.substring(0, reason.offsetByCodePoints(0, MAX_FAILURE_REASON - 1)) + "…";
    }

    /**
     * A new attempt the customer starts in the app (card or bank QR).
     *
     * @param method {@code CARD} or {@code BANK_QR}
     * @param key the client's Idempotency-Key and the fingerprint of its request
     * @param card the card's brand and last four digits, for a card attempt
     */
    public static Payment start(
            OrderUid orderUid,
            PaymentMethod method,
            Money amount,
            RequestKey key,
            Optional<CardSummary> card,
            Instant now) {
        if (!method.prepaid()) {
            throw new IllegalArgumentException(method + " is paid at the door, not in the app");
        }
        return new Payment(
                PaymentReference.random(),
                orderUid,
                method,
                amount,
                Status.PENDING,
                Optional.of(key),
                Optional.empty(),
                Optional.empty(),
                card,
                Optional.empty(),
                now,
                now);
    }

    /**
     * The payment at the door that a cash or POS order starts with, collected by the courier.
     *
     * @param method {@code CASH_ON_DELIVERY} or {@code POS_ON_DELIVERY}
     * @return a pending payment with a new random reference and no request key
     */
    public static Payment atTheDoor(OrderUid orderUid, PaymentMethod method, Money amount, Instant now) {
        if (method.prepaid()) {
            throw new IllegalArgumentException(method + " is paid in the app");
        }
        return new Payment(
                PaymentReference.random(),
                orderUid,
                method,
                amount,
                Status.PENDING,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    /**
     * The processor holds the card's money.
     *
     * @param processorReference the processor's id of the authorisation, needed to capture or void it
     * @param confirmedCard the card as the processor reports it, when it says more than the customer typed
     */
    public Payment authorized(String processorReference, Optional<CardSummary> confirmedCard, Instant at) {
        requireUnsettled("authorised");
        return with(
                Status.AUTHORIZED,
                Optional.of(processorReference),
                Optional.empty(),
                confirmedCard.or(() -> card),
                refundReference,
                at);
    }

    /**
     * The processor wants the cardholder to authenticate (3-D Secure) before it holds the money.
     *
     * @param processorReference the processor's id of the attempt, by which its outcome is asked for later
     */
    public Payment requiresAction(String processorReference, Instant at) {
        require(Status.PENDING, "sent to authentication");
        return with(Status.REQUIRES_ACTION, Optional.of(processorReference), Optional.empty(), at);
    }

    /**
     * The money arrived: a card captured, a bank transfer confirmed, cash or POS collected at the door.
     *
     * @param transactionReference the bank's or terminal's reference of the transfer, when one was given
     */
    public Payment paid(Optional<String> transactionReference, Instant at) {
        if (status != Status.PENDING && status != Status.AUTHORIZED) {
            throw new ConflictException("A payment that is " + status + " cannot be paid.");
        }
        return with(Status.PAID, transactionReference.or(() -> providerReference), Optional.empty(), at);
    }

    /**
     * The processor refused to take the held money when the kitchen started. The hold stays, and so
     * does the attempt: the processor's own word (a cancelled hold, a capture it made after all) or a
     * cancel decides what becomes of it, and a later capture clears the reason.
     *
     * @param reason the processor's refusal, for the customer and for operations
     */
    public Payment captureRefused(String reason, Instant at) {
        require(Status.AUTHORIZED, "refused a capture");
        return with(Status.AUTHORIZED, providerReference, Optional.of(reason), at);
    }

    /**
     * The processor or the bank refused.
     *
     * @param reason the processor's or bank's reason, shown to the customer
     * @return this attempt, failed: the customer may try again with a new key
     */
    public Payment failed(String reason, Instant at) {
        requireUnsettled("failed");
        return with(Status.FAILED, providerReference, Optional.of(reason), at);
    }

    /** A call to the processor went unanswered: still pending, with a note why, for a retry with the same key. */
    public Payment unanswered(String reason, Instant at) {
        require(Status.PENDING, "left pending");
        return with(Status.PENDING, providerReference, Optional.of(reason), at);
    }

    /** Given up before money moved: the authorisation released or the QR code withdrawn. */
    public Payment voided(String reason, Instant at) {
        if (status != Status.PENDING && status != Status.REQUIRES_ACTION && status != Status.AUTHORIZED) {
            throw new ConflictException("A payment that is " + status + " cannot be voided.");
        }
        return with(Status.VOIDED, providerReference, Optional.of(reason), at);
    }

    /**
     * A hold the processor placed for an attempt given up while it worked (the order was cancelled
     * meanwhile), released: the attempt stays voided and records the hold.
     *
     * @return this attempt, voided, with the hold as its provider reference
     * @throws ConflictException when the attempt is neither voided nor releasing, or records another transaction
     */
    public Payment voidedWithHold(String processorReference, String reason, Instant at) {
        return withHold(Status.VOIDED, processorReference, reason, at);
    }

    /**
     * A hold the processor placed for an attempt given up while it worked, whose release the processor
     * has not confirmed (it did not answer): the customer's money is still held, and asking again is due.
     *
     * @return this attempt, releasing, with the hold as its provider reference
     * @throws ConflictException when the attempt is neither voided nor releasing, or records another transaction
     */
    public Payment releasing(String processorReference, String reason, Instant at) {
        return withHold(Status.RELEASING, processorReference, reason, at);
    }

    private Payment withHold(Status next, String processorReference, String reason, Instant at) {
        Objects.requireNonNull(processorReference, "processorReference");
        if (status != Status.VOIDED && status != Status.RELEASING) {
            throw new ConflictException("A payment that is " + status + " cannot be given a hold to release.");
        }
        if (providerReference.isPresent() && !providerReference.get().equals(processorReference)) {
            throw new ConflictException(
                    "A payment that records " + providerReference.get() + " cannot be given another hold.");
        }
        return with(next, Optional.of(processorReference), Optional.of(reason), at);
    }

    /**
     * The money went back to the customer.
     *
     * @param refundReference the processor's or bank's id of the refund, by which it can be traced
     */
    public Payment refunded(String refundReference, String reason, Instant at) {
        require(Status.PAID, "refunded");
        return with(Status.REFUNDED, providerReference, Optional.of(reason), card, Optional.of(refundReference), at);
    }

    /**
     * Money that arrived for an attempt already given up (voided or releasing when the order was
     * cancelled first, or failed) and was sent straight back.
     *
     * @param transactionReference the bank's reference of the transfer that arrived late
     * @param refundReference the processor's or bank's id of the refund, by which it can be traced
     */
    public Payment refundedOnArrival(String transactionReference, String refundReference, String reason, Instant at) {
        if (status != Status.VOIDED && status != Status.RELEASING && status != Status.FAILED) {
            throw new ConflictException("A payment that is " + status + " is not refunded on arrival.");
        }
        return with(
                Status.REFUNDED,
                Optional.of(transactionReference),
                Optional.of(reason),
                card,
                Optional.of(refundReference),
                at);
    }

    /** This attempt in its next state, keeping its card and refund; only the parts a step changes are named. */
    private Payment with(Status next, Optional<String> provider, Optional<String> reason, Instant at) {
        return with(next, provider, reason, card, refundReference, at);
    }

    private Payment with(
            Status next,
            Optional<String> provider,
            Optional<String> reason,
            Optional<CardSummary> summary,
            Optional<String> refund,
            Instant at) {
        return new Payment(
                reference,
                orderUid,
                method,
                amount,
                next,
                requestKey,
                provider,
                reason,
                summary,
                refund,
                createdAt,
                at);
    }

    private static boolean longer(Optional<String> text, int characters) {
        return text.map(value -> characters(value) > characters).orElse(false);
    }

    /**
     * Characters as the payment's columns, and so {@link #MAX_PROVIDER_REFERENCE} and
     * {@link #MAX_FAILURE_REASON}, count them: code points, not UTF-16 units.
     */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Pending or waiting for the cardholder: the processor has not settled the attempt either way. */
    private void requireUnsettled(String step) {
        if (status != Status.PENDING && status != Status.REQUIRES_ACTION) {
            throw new ConflictException("A payment that is " + status + " cannot be " + step + ".");
        }
    }

    private void require(Status required, String step) {
        if (status != required) {
            throw new ConflictException("A payment that is " + status + " cannot be " + step + ".");
        }
    }
}
