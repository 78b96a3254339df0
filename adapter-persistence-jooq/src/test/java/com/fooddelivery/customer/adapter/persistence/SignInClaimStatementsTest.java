package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.customer.SignInThrottle;
import java.time.Instant;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What counting a sign-in attempt asks of PostgreSQL: every sign-in pays it before its password is checked,
 * so the usual case, nothing on record, is one statement.
 */
class SignInClaimStatementsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    private final AtomicInteger statements = new AtomicInteger();
    private PostgresPersistence persistence;
    private SignInAttempts attempts;

    @BeforeEach
    void start() {
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.incrementAndGet();
            }
        };
        persistence =
                PostgresPersistence.startObserved(TestPostgres.freshDatabase(), Currency.getInstance("EUR"), counter);
        attempts = persistence.signInAttempts();
        statements.set(0);
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void aClaimWithNothingOnRecordIsOneStatement() {
        assertThat(SignInThrottle.claim(attempts, "customer:1", T0).failures()).isEqualTo(1);

        assertThat(statements.get()).isEqualTo(1);
    }

    @Test
    void aClaimWithFailuresOnRecordReadsThemAndCountsOn() {
        SignInThrottle.claim(attempts, "customer:1", T0);
        statements.set(0);

        assertThat(SignInThrottle.claim(attempts, "customer:1", T0.plusSeconds(1))
                        .failures())
                .isEqualTo(2);
        assertThat(statements.get())
                .as("the insert that finds a run, its read, its update")
                .isEqualTo(3);
    }
}
