package com.fooddelivery.customer.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SignInAttempts} promises; run against the fake and against PostgreSQL. */
public abstract class SignInAttemptsContract {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private SignInAttempts attempts;

    protected abstract SignInAttempts emptyAttempts();

    @BeforeEach
    void startEmpty() {
        attempts = emptyAttempts();
    }

    @Test
    void countsFailuresInARowPerKey() {
        attempts.recordFailure("a", T0, HOUR);
        attempts.recordFailure("a", T0.plusSeconds(1), HOUR);
        SignInAttempts.FailedAttempts third = attempts.recordFailure("a", T0.plusSeconds(2), HOUR);
        attempts.recordFailure("b", T0, HOUR);

        assertThat(third).isEqualTo(new SignInAttempts.FailedAttempts(3, T0.plusSeconds(2)));
        assertThat(attempts.of("a")).contains(third);
        assertThat(attempts.of("b")).get().extracting(SignInAttempts.FailedAttempts::failures).isEqualTo(1);
        assertThat(attempts.of("c")).isEmpty();
    }

    @Test
    void aLongQuietStartsTheCountAgain() {
        attempts.recordFailure("a", T0, HOUR);
        attempts.recordFailure("a", T0, HOUR);

        assertThat(attempts.recordFailure("a", T0.plus(HOUR).plusSeconds(1), HOUR).failures()).isEqualTo(1);
    }

    @Test
    void successClearsTheCount() {
        attempts.recordFailure("a", T0, HOUR);

        attempts.clear("a");
        attempts.clear("never-failed");

        assertThat(attempts.of("a")).isEmpty();
    }
}
