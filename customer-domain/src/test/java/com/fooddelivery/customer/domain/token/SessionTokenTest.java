package com.fooddelivery.customer.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.NearMisses;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SessionTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void carries256RandomBitsInUrlSafeText() {
        SessionToken token = SessionToken.generate(random);

        assertThat(token.reveal()).hasSize(43).matches("[A-Za-z0-9_-]+");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SessionToken.generate(random).reveal())).isTrue();
        }
    }

    @Test
    void isStoredOnlyAsItsDigest() {
        SessionToken token = SessionToken.generate(random);

        assertThat(token.digest()).hasSize(64).matches("[0-9a-f]+").doesNotContain(token.reveal());
        assertThat(SessionToken.parse(token.reveal()).orElseThrow().digest()).isEqualTo(token.digest());
    }

    @Test
    void neverShowsItselfInLogs() {
        SessionToken token = SessionToken.generate(random);

        assertThat(token.toString()).doesNotContain(token.reveal());
    }

    @Test
    void anythingOfTheWrongShapeIsNoToken() {
        assertThat(SessionToken.parse(null)).isEmpty();
        assertThat(SessionToken.parse("")).isEmpty();
        assertThat(SessionToken.parse("short")).isEmpty();
        assertThat(SessionToken.parse("a".repeat(42) + "=")).isEmpty();
        assertThat(SessionToken.parse("a".repeat(44))).isEmpty();
    }

    @Test
    void theShapeIsCheckedExactlyAsItsPatternWould() {
        Pattern shape = Pattern.compile("[A-Za-z0-9_-]{43}");
        NearMisses nearMisses = new NearMisses(20261206, "aZ09_-+/=. \u00e9");
        for (int i = 0; i < 100_000; i++) {
            String candidate = nearMisses.of(
                    SessionToken.generate(random).reveal(), nearMisses.random().nextInt(3));
            assertThat(SessionToken.parse(candidate).isPresent())
                    .as(candidate)
                    .isEqualTo(shape.matcher(candidate).matches());
        }
    }
}
