package com.fooddelivery.customer.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.payment.CardSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LinkedCardTest {

    private static final LinkedCard CARD = new LinkedCard(
            new LinkedCardId(1),
            new CustomerId(1),
            "pm_1",
            "cus_1",
            new CardSummary("VISA", "4242"),
            YearMonth.of(2026, 11),
            "",
            false);

    @Test
    void aCardPaysUntilTheEndOfItsExpiryMonth() {
        assertThat(CARD.isExpiredOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(CARD.isExpiredOn(LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void aLabelIsTrimmedAndLimited() {
        NewLinkedCard card = new NewLinkedCard(
                new CustomerId(1),
                "pm_1",
                "cus_1",
                new CardSummary("VISA", "4242"),
                YearMonth.of(2030, 1),
                null,
                false);
        assertThat(card.label()).isEmpty();
        assertThatThrownBy(() -> new NewLinkedCard(
                        new CustomerId(1),
                        "pm_1",
                        "cus_1",
                        new CardSummary("VISA", "4242"),
                        YearMonth.of(2030, 1),
                        "x".repeat(61),
                        false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
