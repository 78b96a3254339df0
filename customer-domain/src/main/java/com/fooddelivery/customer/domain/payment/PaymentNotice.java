package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's or processor's signed word that a payment succeeded or failed, once its signature is verified.
 *
 * @param provider             who sent it, as named in the callback's path
 * @param eventId              the sender's id of this notice; one id is applied once
 * @param reference            our reference of the payment
 * @param amount               the amount the sender says moved
 * @param succeeded            whether the money arrived
 * @param transactionReference the sender's id of the transfer
 * @param failureReason        why it failed, when it did
 */
public record PaymentNotice(String provider, String eventId, String reference, Money amount, boolean succeeded,
                            Optional<String> transactionReference, Optional<String> failureReason) {

    /**
     * Requires every part; absent references are empty {@code Optional}s.
     *
     * @param provider who sent it, as named in the callback's path
     * @param eventId the sender's id of this notice; one id is applied once
     * @param reference our reference of the payment
     * @param amount the amount the sender says moved
     * @param succeeded whether the money arrived
     * @param transactionReference the sender's id of the transfer
     * @param failureReason why it failed, when it did
     */
    public PaymentNotice {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(transactionReference, "transactionReference");
        Objects.requireNonNull(failureReason, "failureReason");
    }
}
