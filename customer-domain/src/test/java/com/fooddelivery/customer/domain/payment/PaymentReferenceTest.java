package com.fooddelivery.customer.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References drawn at random use every one of the 32 characters in every position, and keep their shape. */
class PaymentReferenceTest {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Test
    void everyPositionOfARandomReferenceTakesEachOfThe32Characters() {
        List<Set<Character>> seen = new ArrayList<>();
        for (int i = 0; i < PaymentReference.LENGTH; i++) {
            seen.add(new HashSet<>());
        }
        // 3,000 draws: the chance that one of the 640 (position, character) pairs is missing is below 1e-38.
        for (int draw = 0; draw < 3_000; draw++) {
            String value = PaymentReference.random().value();
            assertThat(value).hasSize(PaymentReference.LENGTH);
            for (int i = 0; i < value.length(); i++) {
                seen.get(i).add(value.charAt(i));
            }
        }
        Set<Character> alphabet = new HashSet<>();
        ALPHABET.chars().forEach(c -> alphabet.add((char) c));
        assertThat(seen).allSatisfy(position -> assertThat(position).isEqualTo(alphabet));
    }

    @Test
    void onlyTwentyUpperCaseLettersAndDigitsAreAReference() {
        assertThat(PaymentReference.parse("ABCDEFGHJK2345678923")).isPresent();
        assertThat(PaymentReference.parse("ABCDEFGHJK234567892")).isEmpty();
        assertThat(PaymentReference.parse("abcdefghjk2345678923")).isEmpty();
        assertThat(PaymentReference.parse(null)).isEmpty();
        assertThatThrownBy(() -> new PaymentReference("ABCDEFGHJK2345678923X"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
