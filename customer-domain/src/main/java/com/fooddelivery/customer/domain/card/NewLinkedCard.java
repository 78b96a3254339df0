package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.payment.CardSummary;
import java.time.YearMonth;
import java.util.Objects;

/** A card the processor has just saved, holding only what may be stored: its ids there, brand, last four, expiry. */
public record NewLinkedCard(
        CustomerId customerId,
        String processorCardId,
        String processorCustomerId,
        CardSummary summary,
        YearMonth expiry,
        String label,
        boolean isDefault) {

    public static final int LABEL_MAX = 60;

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
