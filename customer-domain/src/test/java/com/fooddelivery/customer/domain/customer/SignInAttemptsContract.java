package com.fooddelivery.customer.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.ThrottledException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SignInAttempts} promises; run against the fake and against PostgreSQL. */
public abstract class SignInAttemptsContract {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private SignInAttempts attempts;

    protected abstract SignInAttempts emptyAttempts();

    @BeforeEach
    void startEmpty() {
        attempts = emptyAttempts();
    }

    @Test
    void countsFailuresInARowPerKey() {
        SignInThrottle.claim(attempts, "a", T0);
        SignInThrottle.claim(attempts, "a", T0.plusSeconds(1));
        SignInAttempts.FailedAttempts third = SignInThrottle.claim(attempts, "a", T0.plusSeconds(2));
        SignInThrottle.claim(attempts, "b", T0);

        assertThat(third).isEqualTo(new SignInAttempts.FailedAttempts(3, T0.plusSeconds(2)));
        assertThat(attempts.of("a")).contains(third);
        assertThat(attempts.of("b"))
                .get()
                .extracting(SignInAttempts.FailedAttempts::failures)
                .isEqualTo(1);
        assertThat(attempts.of("c")).isEmpty();
    }

    @Test
    void aLongQuietStartsTheCountAgain() {
        SignInThrottle.claim(attempts, "a", T0);
        SignInThrottle.claim(attempts, "a", T0);

        assertThat(SignInThrottle.claim(
                                attempts,
                                "a",
                                T0.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1))
                        .failures())
                .isEqualTo(1);
    }

    @Test
    void successClearsTheCount() {
        SignInThrottle.claim(attempts, "a", T0);

        attempts.clear("a");
        attempts.clear("never-failed");

        assertThat(attempts.of("a")).isEmpty();
    }

    @Test
    void replacesOnlyWhatWasSeen() {
        SignInAttempts.FailedAttempts one = new SignInAttempts.FailedAttempts(1, T0);
        SignInAttempts.FailedAttempts two = new SignInAttempts.FailedAttempts(2, T0.plusSeconds(1));

        assertThat(attempts.replace("a", Optional.empty(), one)).isTrue();
        assertThat(attempts.replace("a", Optional.empty(), two)).isFalse();
        assertThat(attempts.replace("a", Optional.of(two), two)).isFalse();
        assertThat(attempts.replace("a", Optional.of(one), two)).isTrue();
        assertThat(attempts.of("a")).contains(two);
    }

    @Test
    void manyParallelAttemptsClaimNoMoreThanTheFreeOnes() throws Exception {
        int parallel = 40;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    try {
                        SignInThrottle.claim(attempts, "a", T0);
                        return true;
                    } catch (ThrottledException throttled) {
                        return false;
                    }
                };
                claims.add(threads.submit(claim));
            }
            start.countDown();
            int granted = 0;
            for (Future<Boolean> claim : claims) {
                granted += claim.get() ? 1 : 0;
            }

            assertThat(granted).isEqualTo(SignInThrottle.FREE_FAILURES);
            assertThat(attempts.of("a"))
                    .get()
                    .extracting(SignInAttempts.FailedAttempts::failures)
                    .isEqualTo(SignInThrottle.FREE_FAILURES);
        } finally {
            threads.shutdownNow();
        }
    }
}
