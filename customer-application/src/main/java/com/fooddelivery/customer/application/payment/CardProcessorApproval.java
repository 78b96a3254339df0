package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.shared.ConflictException;

/** How the payment use cases take a card processor's answer to a step that must succeed. */
final class CardProcessorApproval {

    private CardProcessorApproval() {}

    /**
     * The processor's reference of a step it approved; a refusal stops the use case with 409.
     *
     * @param step what was asked, for the message, e.g. "refund the payment"
     * @throws ConflictException when the processor refused
     */
    static String approved(CardProcessor.Outcome outcome, String step) {
        if (outcome instanceof CardProcessor.Declined declined) {
            throw new ConflictException("The card processor refused to " + step + ": " + declined.reason());
        }
        return ((CardProcessor.Approved) outcome).processorReference();
    }
}
