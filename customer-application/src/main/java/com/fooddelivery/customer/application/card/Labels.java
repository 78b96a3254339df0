package com.fooddelivery.customer.application.card;

import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.shared.ValidationException;

/** The rule for a card's label, as the commands check it: trimmed, at most {@link NewLinkedCard#LABEL_MAX}. */
final class Labels {

    private Labels() {}

    static String checked(String label) {
        String kept = label == null ? "" : label.strip();
        if (kept.length() > NewLinkedCard.LABEL_MAX || kept.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of(
                    "label", "must be at most " + NewLinkedCard.LABEL_MAX + " characters without control characters");
        }
        return kept;
    }
}
