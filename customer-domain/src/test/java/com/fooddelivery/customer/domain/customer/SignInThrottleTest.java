package com.fooddelivery.customer.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.ThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aFewTyposCostNothing() {
        assertThat(SignInThrottle.blockedUntil(new SignInAttempts.FailedAttempts(4, T0), T0))
                .isEmpty();
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailureUpToAQuarterOfAnHour() {
        assertThat(SignInThrottle.blockedUntil(new SignInAttempts.FailedAttempts(5, T0), T0))
                .contains(T0.plusSeconds(30));
        assertThat(SignInThrottle.blockedUntil(new SignInAttempts.FailedAttempts(6, T0), T0))
                .contains(T0.plusSeconds(60));
        assertThat(SignInThrottle.blockedUntil(new SignInAttempts.FailedAttempts(50, T0), T0))
                .contains(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theWaitEndsExactlyWhenItSays() {
        SignInAttempts.FailedAttempts five = new SignInAttempts.FailedAttempts(5, T0);

        assertThat(SignInThrottle.blockedUntil(five, T0.plusSeconds(29))).isPresent();
        assertThat(SignInThrottle.blockedUntil(five, T0.plusSeconds(30))).isEmpty();
    }

    @Test
    void aClaimBeyondTheFreeFailuresIsRefusedWithoutBeingCounted() {
        InMemorySignInAttempts attempts = new InMemorySignInAttempts();
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            SignInThrottle.claim(attempts, "a", T0);
        }

        assertThatThrownBy(() -> SignInThrottle.claim(attempts, "a", T0.plusSeconds(10)))
                .isInstanceOfSatisfying(
                        ThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(21)));
        assertThat(attempts.of("a"))
                .get()
                .extracting(SignInAttempts.FailedAttempts::failures)
                .isEqualTo(SignInThrottle.FREE_FAILURES);
        assertThat(SignInThrottle.claim(attempts, "a", T0.plusSeconds(30)).failures())
                .isEqualTo(SignInThrottle.FREE_FAILURES + 1);
    }

    @Test
    void aClaimWithNothingOnRecordIsOneWriteWithoutARead() {
        CountingAttempts attempts = new CountingAttempts();

        assertThat(SignInThrottle.claim(attempts, "a", T0).failures()).isEqualTo(1);
        assertThat(attempts.reads).as("reads").isZero();
        assertThat(attempts.writes).as("writes").isEqualTo(1);

        assertThat(SignInThrottle.claim(attempts, "a", T0.plusSeconds(1)).failures())
                .as("a failure on record is still counted on")
                .isEqualTo(2);
    }

    /** The in-memory attempts, counting what a claim asks of them (each call is a statement in PostgreSQL). */
    private static final class CountingAttempts implements SignInAttempts {

        private final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
        private int reads;
        private int writes;

        @Override
        public Optional<FailedAttempts> of(String key) {
            reads++;
            return attempts.of(key);
        }

        @Override
        public boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next) {
            writes++;
            return attempts.replace(key, seen, next);
        }

        @Override
        public void clear(String key) {
            attempts.clear(key);
        }
    }
}
