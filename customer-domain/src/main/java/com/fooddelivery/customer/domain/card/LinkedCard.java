package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.payment.CardSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A card the customer saved to pay with later by typing only the CVC. The processor keeps the card; we keep
 * its ids there (never shown to clients), brand, last four digits, expiry and a label.
 */
public record LinkedCard(
        LinkedCardId id,
        CustomerId customerId,
        String processorCardId,
        String processorCustomerId,
        CardSummary summary,
        YearMonth expiry,
        String label,
        boolean isDefault) {

    /** How many cards one customer may link. */
    public static final int MAX_PER_CUSTOMER = 10;

    public LinkedCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(processorCardId, "processorCardId");
        Objects.requireNonNull(processorCustomerId, "processorCustomerId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(label, "label");
    }

    /** Whether the card can no longer pay on {@code today}: a card is valid to the end of its expiry month. */
    public boolean isExpiredOn(LocalDate today) {
        return YearMonth.from(today).isAfter(expiry);
    }

    /** A label as it is kept: trimmed, empty when absent. */
    public static String checkedLabel(String label) {
        String kept = label == null ? "" : label.strip();
        if (kept.length() > NewLinkedCard.LABEL_MAX) {
            throw new IllegalArgumentException("a card label is at most " + NewLinkedCard.LABEL_MAX + " characters");
        }
        return kept;
    }
}
