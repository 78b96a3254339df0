package com.fooddelivery.customer.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void oneTo255VisibleAsciiCharactersAreAKey() {
        assertThat(new IdempotencyKey("!").value()).isEqualTo("!");
        assertThat(new IdempotencyKey("~".repeat(255)).value()).hasSize(255);
        assertThat(new IdempotencyKey("order-1:a_b.c").value()).isEqualTo("order-1:a_b.c");
    }

    @Test
    void emptyLongSpacedControlAndNonAsciiKeysAreRefusedOnTheKeysField() {
        for (String bad : new String[] {null, "", "a".repeat(256), "a b", "a\tb", "ключ", "a\u007Fb"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            invalid -> assertThat(invalid.errors())
                                    .extracting(FieldError::field)
                                    .containsExactly("idempotencyKey"));
        }
    }
}
