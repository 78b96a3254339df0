package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's or processor's signed word about a payment, once its signature is verified.
 *
 * @param provider             who sent it, as named in the callback's path
 * @param eventId              the sender's id of this notice; one id is applied once
 * @param method               the kind of payment the sender handles; a notice never applies to another kind
 * @param reference            our reference of the payment
 * @param amount               the amount the sender says moved or is held
 * @param outcome              what happened to the payment
 * @param transactionReference the sender's id of the transfer or card transaction
 * @param failureReason        why it failed or was given up, when it was
 */
public record PaymentNotice(String provider, String eventId, PaymentMethod method, String reference, Money amount,
                            Outcome outcome, Optional<String> transactionReference, Optional<String> failureReason) {

    /** What a notice reports. */
    public enum Outcome {
        /** A card's money is held, to be captured later (a card processor's word only). */
        AUTHORIZED,
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
     * @param provider             who sent it, as named in the callback's path
     * @param eventId              the sender's id of this notice; one id is applied once
     * @param method               the kind of payment the sender handles
     * @param reference            our reference of the payment
     * @param amount               the amount the sender says moved or is held
     * @param outcome              what happened to the payment; only a card can be {@code AUTHORIZED}
     * @param transactionReference the sender's id of the transfer or card transaction
     * @param failureReason        why it failed or was given up, when it was
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
        if (outcome == Outcome.AUTHORIZED && method != PaymentMethod.CARD) {
            throw new IllegalArgumentException("only card payments are authorised before they are paid");
        }
    }
}
