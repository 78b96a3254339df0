package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewMenuItemTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        ValidationException failure = catchThrowableOfType(
                ValidationException.class,
                () -> new NewMenuItem(null, "  ", "x".repeat(256), Money.zero(EUR), Optional.empty()));

        assertThat(failure.errors())
                .extracting(FieldError::field)
                .containsExactly("categoryId", "name", "description", "price");
    }

    @Test
    void acceptsTheLongestNameAndDescription() {
        NewMenuItem item = new NewMenuItem(
                new CategoryId(1), "n".repeat(150), "d".repeat(255), Money.of("0.01", EUR), Optional.empty());

        assertThat(item.name()).hasSize(150);
    }

    @Test
    void aMissingDescriptionIsEmpty() {
        NewMenuItem item = new NewMenuItem(new CategoryId(1), "Tea", null, Money.of("2", EUR), Optional.empty());

        assertThat(item.description()).isEmpty();
    }
}
