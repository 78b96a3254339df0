package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to pay one order. An order has at most one live attempt; the others stay as its history.
 * Immutable: every step returns a new payment, and {@link PaymentTransitions} says which step may follow which;
 * one that may not is a {@code ConflictException}.
 *
 * @param reference  ours, also the processor's idempotency key and the QR code's reference
 * @param requestKey the client's Idempotency-Key; empty for payments at the door
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
        /** The cardholder must authenticate (3-D Secure) first. */
        REQUIRES_ACTION,
        /** A card's money is held, to be captured when the kitchen starts. */
        AUTHORIZED,
        /** The kitchen started: the capture of the held money is committed as owed and asked for after the commit. */
        CAPTURING,
        /** The money arrived. */
        PAID,
        /** Refused by the processor or the bank; see the failure reason. */
        FAILED,
        /** Given up before any money moved: an authorisation released, a QR code withdrawn. */
        VOIDED,
        /** Given up while the processor held the card's money; the processor has not yet confirmed the release. */
        RELEASING,
        /** Money arrived for an attempt already given up and is owed back; committed before anyone is asked. */
        REFUNDING,
        /** The money went back to the customer. */
        REFUNDED;

        /** Whether this attempt still counts as the order's payment, so no new one may start. */
        public boolean live() {
            return this == PENDING
                    || this == REQUIRES_ACTION
                    || this == AUTHORIZED
                    || this == CAPTURING
                    || this == PAID;
        }
    }

    /** The client's Idempotency-Key, and a digest of its request to tell a retry from a reuse. */
    public record RequestKey(String key, String fingerprint) {

        /** Requires both halves. */
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
        // The last guard behind the checks where senders' texts arrive: no attempt exists that cannot be stored.
        if (longer(providerReference, MAX_PROVIDER_REFERENCE) || longer(refundReference, MAX_PROVIDER_REFERENCE)) {
            throw new IllegalArgumentException(
                    "a provider or refund reference has at most " + MAX_PROVIDER_REFERENCE + " characters");
        }
        if (longer(failureReason, MAX_FAILURE_REASON)) {
            throw new IllegalArgumentException("a failure reason has at most " + MAX_FAILURE_REASON + " characters");
        }
    }

    /** A reason quoting a sender's words, cut with an ellipsis to {@link #MAX_FAILURE_REASON} characters. */
    public static String fittedReason(String reason) {
        if (characters(reason) <= MAX_FAILURE_REASON) {
            return reason;
        }
        return reason.substring(0, reason.offsetByCodePoints(0, MAX_FAILURE_REASON - 1)) + "…";
    }

    /** Characters as the payment's limits count them: code points, not UTF-16 units. */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** A new attempt the customer starts in the app ({@code CARD} or {@code BANK_QR}). */
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
        return pending(orderUid, method, amount, Optional.of(key), card, now);
    }

    /** The payment a cash or POS order starts with, collected at the door by the courier. */
    public static Payment atTheDoor(OrderUid orderUid, PaymentMethod method, Money amount, Instant now) {
        if (method.prepaid()) {
            throw new IllegalArgumentException(method + " is paid in the app");
        }
        return pending(orderUid, method, amount, Optional.empty(), Optional.empty(), now);
    }

    private static Payment pending(
            OrderUid orderUid,
            PaymentMethod method,
            Money amount,
            Optional<RequestKey> key,
            Optional<CardSummary> card,
            Instant now) {
        return new Payment(
                PaymentReference.random(),
                orderUid,
                method,
                amount,
                Status.PENDING,
                key,
                Optional.empty(),
                Optional.empty(),
                card,
                Optional.empty(),
                now,
                now);
    }

    /** The processor holds the card's money; {@code confirmedCard} when it says more than the customer typed. */
    public Payment authorized(String processorReference, Optional<CardSummary> confirmedCard, Instant at) {
        return PaymentTransitions.authorized(this, processorReference, confirmedCard, at);
    }

    /** The cardholder must authenticate first; {@code processorReference} names the processor's attempt. */
    public Payment requiresAction(String processorReference, Instant at) {
        return PaymentTransitions.requiresAction(this, processorReference, at);
    }

    /** The money arrived; {@code transactionReference} is the bank's or terminal's, when one was given. */
    public Payment paid(Optional<String> transactionReference, Instant at) {
        return PaymentTransitions.paid(this, transactionReference, at);
    }

    /** The kitchen started: the held money is owed a capture, asked for once this is committed. */
    public Payment capturing(Instant at) {
        return PaymentTransitions.capturing(this, at);
    }

    /** The processor refused to capture: the hold and the attempt stay, with the refusal as the reason. */
    public Payment captureRefused(String reason, Instant at) {
        return PaymentTransitions.captureRefused(this, reason, at);
    }

    /** The processor or the bank refused; the customer may try again with a new key. */
    public Payment failed(String reason, Instant at) {
        return PaymentTransitions.failed(this, reason, at);
    }

    /** A call to the processor went unanswered: still pending, with a note why, for a retry with the same key. */
    public Payment unanswered(String reason, Instant at) {
        return PaymentTransitions.unanswered(this, reason, at);
    }

    /** Given up before money moved: the authorisation released or the QR code withdrawn. */
    public Payment voided(String reason, Instant at) {
        return PaymentTransitions.voided(this, reason, at);
    }

    /** The hold of an attempt given up while the processor worked, released. */
    public Payment voidedWithHold(String processorReference, String reason, Instant at) {
        return PaymentTransitions.withHold(this, Status.VOIDED, processorReference, reason, at);
    }

    /** The hold of an attempt given up while the processor worked, its release still owed. */
    public Payment releasing(String processorReference, String reason, Instant at) {
        return PaymentTransitions.withHold(this, Status.RELEASING, processorReference, reason, at);
    }

    /** The money went back; {@code refundReference} is the processor's or bank's id of the refund. */
    public Payment refunded(String refundReference, String reason, Instant at) {
        return PaymentTransitions.refunded(this, refundReference, reason, at);
    }

    /** Money {@code transactionReference} arrived for an attempt already given up, and is owed back. */
    public Payment refunding(String transactionReference, String reason, Instant at) {
        return PaymentTransitions.refunding(this, transactionReference, reason, at);
    }

    /** Money {@code transactionReference} that arrived for an attempt already given up, sent back. */
    public Payment refundedOnArrival(String transactionReference, String refundReference, String reason, Instant at) {
        return PaymentTransitions.refundedOnArrival(this, transactionReference, refundReference, reason, at);
    }

    /** This attempt in its next state: the one place a step builds a payment. */
    Payment with(
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
}
