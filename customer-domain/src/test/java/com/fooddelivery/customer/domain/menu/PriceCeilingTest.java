package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PriceCeilingTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private final PriceCeiling ceiling = new PriceCeiling(Money.of("100.00", EUR));

    @Test
    void acceptsPricesUpToAndIncludingTheCeiling() {
        assertThat(ceiling.priceOf(new BigDecimal("100"))).isEqualTo(Money.of("100.00", EUR));
        assertThat(ceiling.priceOf(new BigDecimal("0.01"))).isEqualTo(Money.of("0.01", EUR));
    }

    @Test
    void refusesAPriceAboveTheCeilingOnThePriceField() {
        ValidationException failure =
                catchThrowableOfType(ValidationException.class, () -> ceiling.priceOf(new BigDecimal("100.01")));

        assertThat(failure.errors()).containsExactly(new FieldError("price", "must be at most 100.00"));
    }

    @Test
    void refusesAnAbsurdExponentWithoutExpandingIt() {
        assertThatThrownBy(() -> ceiling.priceOf(new BigDecimal("1E+999999999")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void isItselfAboveZero() {
        assertThatThrownBy(() -> new PriceCeiling(Money.zero(EUR))).isInstanceOf(IllegalArgumentException.class);
    }
}
