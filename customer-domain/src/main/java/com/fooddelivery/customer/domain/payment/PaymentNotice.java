package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.Validator;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's or processor's verified word about a payment. Its {@code eventId} is applied once, and only to a
 * payment of its {@code method}.
 */
public record PaymentNotice(
        String provider,
        String eventId,
        PaymentMethod method,
        String reference,
        Money amount,
        Outcome outcome,
        Optional<String> transactionReference,
        Optional<String> failureReason) {

    /** Most characters (code points) of a sender's event id. */
    public static final int MAX_EVENT_ID = 255;

    /** What a notice reports. */
    public enum Outcome {
        /** A card's money is held, to be captured later (a card processor's word only). */
        AUTHORIZED,
        /** The cardholder must authenticate first (3-D Secure; a card processor's word only). */
        ACTION_REQUIRED,
        /** The money arrived: a transfer confirmed, a card captured. */
        PAID,
        /** The bank or processor refused the payment. */
        FAILED,
        /** The processor gave the payment up before any money moved, e.g. a card hold released. */
        CANCELLED
    }

    /** Refuses texts longer than a payment keeps: a sender's over-long text is a refused notice, not a failed write. */
    public PaymentNotice {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(transactionReference, "transactionReference");
        Objects.requireNonNull(failureReason, "failureReason");
        if ((outcome == Outcome.AUTHORIZED || outcome == Outcome.ACTION_REQUIRED) && method != PaymentMethod.CARD) {
            throw new IllegalArgumentException("only card payments are authorised before they are paid");
        }
        Validator.check()
                .require(
                        !eventId.isEmpty() && Payment.characters(eventId) <= MAX_EVENT_ID,
                        "eventId",
                        "must be 1 to " + MAX_EVENT_ID + " characters")
                .require(
                        transactionReference
                                .map(text -> Payment.characters(text) <= Payment.MAX_PROVIDER_REFERENCE)
                                .orElse(true),
                        "transactionReference",
                        "must be at most " + Payment.MAX_PROVIDER_REFERENCE + " characters")
                .require(
                        failureReason
                                .map(text -> Payment.characters(text) <= Payment.MAX_FAILURE_REASON)
                                .orElse(true),
                        "failureReason",
                        "must be at most " + Payment.MAX_FAILURE_REASON + " characters")
                .done();
    }
}
