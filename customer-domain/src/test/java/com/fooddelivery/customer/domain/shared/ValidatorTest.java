package com.fooddelivery.customer.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void aPositiveAmountHasAtMostTwoDecimals() {
        assertThatCode(() -> Validator.check().positiveAmount(new BigDecimal("0.01"), "price").done())
                .doesNotThrowAnyException();
        assertThatCode(() -> Validator.check().positiveAmount(new BigDecimal("8.500"), "price").done())
                .doesNotThrowAnyException();
        assertThatCode(() -> Validator.check().positiveAmount(new BigDecimal("1E+3"), "price").done())
                .doesNotThrowAnyException();
    }

    @Test
    void namesWhatIsWrongWithAnAmount() {
        assertThat(messageFor(null)).isEqualTo("is required");
        assertThat(messageFor(new BigDecimal("0"))).isEqualTo("must be above zero");
        assertThat(messageFor(new BigDecimal("-1.00"))).isEqualTo("must be above zero");
        assertThat(messageFor(new BigDecimal("0.001"))).isEqualTo("must have at most 2 decimals");
    }

    private static String messageFor(BigDecimal amount) {
        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> Validator.check().positiveAmount(amount, "price").done());
        assertThat(failure.errors()).extracting(FieldError::field).containsExactly("price");
        return failure.errors().get(0).message();
    }
}
