package com.fooddelivery.customer.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void aPositiveAmountHasAtMostTwoDecimals() {
        assertThatCode(() -> Validator.check()
                        .positiveAmount(new BigDecimal("0.01"), "price")
                        .done())
                .doesNotThrowAnyException();
        assertThatCode(() -> Validator.check()
                        .positiveAmount(new BigDecimal("8.500"), "price")
                        .done())
                .doesNotThrowAnyException();
        assertThatCode(() -> Validator.check()
                        .positiveAmount(new BigDecimal("1E+3"), "price")
                        .done())
                .doesNotThrowAnyException();
    }

    @Test
    void namesWhatIsWrongWithAnAmount() {
        assertThat(messageFor(null)).isEqualTo("is required");
        assertThat(messageFor(new BigDecimal("0"))).isEqualTo("must be above zero");
        assertThat(messageFor(new BigDecimal("-1.00"))).isEqualTo("must be above zero");
        assertThat(messageFor(new BigDecimal("0.001"))).isEqualTo("must have at most 2 decimals");
    }

    @Test
    void aLineOfTextHoldsNoControlCharacterAndNoUnpairedSurrogate() {
        assertThat(textMessageFor("a\u0000b")).isEqualTo("must not contain control characters");
        assertThat(textMessageFor("a\nb")).isEqualTo("must not contain control characters");
        assertThat(textMessageFor("a\u007fb")).isEqualTo("must not contain control characters");
        assertThat(textMessageFor("a\u0085b")).isEqualTo("must not contain control characters");
        assertThat(textMessageFor("a" + (char) 0xD800 + "b"))
                .isEqualTo("has an unpaired surrogate, which is no character");
        assertThat(textMessageFor("a" + (char) 0xDC00 + (char) 0xD83D))
                .isEqualTo("has an unpaired surrogate, which is no character");
        assertThatCode(() -> Validator.check()
                        .text("Pizza \ud83c\udf55 Café", "name", 1, 20)
                        .done())
                .doesNotThrowAnyException();
    }

    @Test
    void textWrittenInLinesMayHoldTabsAndLineBreaksButNoOtherControlCharacter() {
        assertThatCode(() -> Validator.check()
                        .lines("Floor 3\r\n\tring twice", "comment", 0, 100)
                        .done())
                .doesNotThrowAnyException();
        ValidationException failure = catchThrowableOfType(
                ValidationException.class,
                () -> Validator.check()
                        .lines("Floor 3\u0000", "comment", 0, 100)
                        .done());
        assertThat(failure.errors())
                .containsExactly(new FieldError(
                        "comment", "must not contain control characters other than tabs and line breaks"));
    }

    private static String textMessageFor(String text) {
        ValidationException failure = catchThrowableOfType(
                ValidationException.class,
                () -> Validator.check().text(text, "name", 1, 20).done());
        assertThat(failure).as(text).isNotNull();
        assertThat(failure.errors()).extracting(FieldError::field).containsExactly("name");
        return failure.errors().get(0).message();
    }

    private static String messageFor(BigDecimal amount) {
        ValidationException failure = catchThrowableOfType(
                ValidationException.class,
                () -> Validator.check().positiveAmount(amount, "price").done());
        assertThat(failure.errors()).extracting(FieldError::field).containsExactly("price");
        return failure.errors().get(0).message();
    }
}
