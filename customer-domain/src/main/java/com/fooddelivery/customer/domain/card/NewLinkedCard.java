package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.payment.CardSummary;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A card the processor has just saved, about to be remembered for the customer. It holds only what
 * may be stored: the processor's id of the saved card, brand, last four digits and expiry.
 *
 * @param processorCustomerId the processor's id of the customer the card is filed under
 * @param processorCardId    the processor's payment-method id, e.g. {@code pm_…}
 * @param label              the customer's name for it, at most {@link #LABEL_MAX} characters
 * @param isDefault          whether payments use it unless told otherwise
 */
public record NewLinkedCard(
        CustomerId customerId,
        String processorCardId,
        String processorCustomerId,
        CardSummary summary,
        YearMonth expiry,
        String label,
        boolean isDefault) {

    /** The longest label kept. */
    public static final int LABEL_MAX = 60;

    /**
     * Requires every part; an absent label becomes empty, and a label is trimmed.
     *
     * @throws IllegalArgumentException when the label is too long or the processor id blank
     */
    public NewLinkedCard {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(processorCardId, "processorCardId");
        Objects.requireNonNull(processorCustomerId, "processorCustomerId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(expiry, "expiry");
        label = LinkedCard.checkedLabel(label);
        if (processorCardId.isBlank() || processorCardId.length() > 255) {
            throw new IllegalArgumentException("a processor card id is 1 to 255 characters");
        }
    }
}
