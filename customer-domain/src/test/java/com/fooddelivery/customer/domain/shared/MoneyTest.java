package com.fooddelivery.customer.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void alwaysCarriesTwoDecimals() {
        assertThat(Money.of("7", EUR).amount()).isEqualByComparingTo("7.00").hasScaleOf(2);
        assertThat(Money.of("7.5", EUR).toString()).isEqualTo("7.50 EUR");
    }

    @Test
    void refusesFractionsOfACentInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("0.001", EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), EUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndMultipliesExactly() {
        Money dime = Money.of("0.10", EUR);

        assertThat(dime.plus(Money.of("0.20", EUR))).isEqualTo(Money.of("0.30", EUR));
        assertThat(dime.times(3)).isEqualTo(Money.of("0.30", EUR));
        assertThat(Money.zero(EUR).isPositive()).isFalse();
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of("1", EUR).plus(Money.of("1", USD)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
