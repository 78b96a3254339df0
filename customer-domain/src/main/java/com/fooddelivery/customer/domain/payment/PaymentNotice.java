package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's or processor's signed word about a payment, once its signature is verified.
 *
 * @param provider             who sent it, as named in the callback's path
 * @param eventId              the sender's id of this notice; one id is applied once
 * @param method               the kind of payment the sender handles; a notice never applies to another kind
 * @param amount               the amount the sender says moved or is held
 * @param transactionReference the sender's id of the transfer or card transaction
 * @param failureReason        why it failed or was given up, when it was
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
        /** The card processor waits for the cardholder to authenticate (3-D Secure; a card processor's word only). */
        ACTION_REQUIRED,
        /** The money arrived: a transfer confirmed, a card captured. */
        PAID,
        /** The bank or processor refused the payment. */
        FAILED,
        /** The processor gave the payment up before any money moved, e.g. a card hold released. */
        CANCELLED
    }

    /**
     * Requires every part; absent references are empty {@code Optional}s.
     *
     * @throws ValidationException on fields {@code eventId}, {@code transactionReference} and
     *                             {@code failureReason} when they are longer than a payment keeps
     *                             ({@link #MAX_EVENT_ID}, {@link Payment#MAX_PROVIDER_REFERENCE},
     *                             {@link Payment#MAX_FAILURE_REASON} characters) or the event id is empty
     */
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
        // Each sender's adapter checks its own fields under their own names first; this keeps a sender's
        // over-long text a refused notice, never a failed write, should an adapter miss one.
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
