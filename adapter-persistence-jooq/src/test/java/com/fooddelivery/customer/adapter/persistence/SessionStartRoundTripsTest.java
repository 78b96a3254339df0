package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.SignInThrottle;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionStarted;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a successful sign-in's transaction asks of PostgreSQL after the hash: clearing the attempt, storing
 * the session and its event reach the database in one round trip before the commit, and fail together.
 */
class SessionStartRoundTripsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    private final AtomicInteger statements = new AtomicInteger();
    private PostgresPersistence persistence;
    private CustomerId anna;

    @BeforeEach
    void annaSignedUp() {
        persistence = PostgresPersistence.startObserved(
                TestPostgres.freshDatabase(),
                Currency.getInstance("EUR"),
                ExecuteListener.onExecuteStart(ctx -> statements.incrementAndGet()));
        anna = persistence.customers().add(aCustomer(1).build()).id();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void theSessionsWritesAreOneRoundTripBeforeTheCommit() {
        persistence.sessions().add(session("earlier")); // draws the instance's first block of ids
        String key = SignInThrottle.accountKey(anna);
        SignInThrottle.claim(persistence.signInAttempts(), key, T0);
        statements.set(0);

        Session started = signIn(key, "digest-1");

        assertThat(statements.get())
                .as("the attempt's delete, the session and its event, sent together")
                .isEqualTo(1);
        assertThat(persistence.sessions().validByDigest("digest-1", T0.plusSeconds(1)))
                .contains(started);
        assertThat(persistence.signInAttempts().of(key)).isEmpty();
        assertThat(persistence.eventFeed().after(0, 10, Set.of()))
                .singleElement()
                .satisfies(event -> assertThat(event.data())
                        .contains("\"sessionId\": " + started.id().value()));
    }

    @Test
    void aSessionThatCannotBeStoredRollsTheWholeSignInBack() {
        persistence.sessions().add(session("taken"));
        String key = SignInThrottle.accountKey(anna);
        SignInThrottle.claim(persistence.signInAttempts(), key, T0);

        assertThatThrownBy(() -> signIn(key, "taken"));

        assertThat(persistence.signInAttempts().of(key))
                .as("the attempt stays counted")
                .isPresent();
        assertThat(persistence.eventFeed().after(0, 10, Set.of())).isEmpty();
    }

    @Test
    void sessionIdsAreDrawnOneBlockPerRoundTripAndNeverTwice() {
        statements.set(0);
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < 2 * SessionIds.BLOCK; i++) {
            ids.add(persistence.sessions().add(session("d" + i)).id().value());
        }

        assertThat(ids).hasSize(2 * SessionIds.BLOCK);
        assertThat(statements.get())
                .as("one insert per session, one draw per block")
                .isEqualTo(2 * SessionIds.BLOCK + 2);
    }

    private Session signIn(String key, String digest) {
        return persistence.unitOfWork().inTransaction(() -> {
            persistence.signInAttempts().clear(key);
            Session session =
                    persistence.sessions().add(new NewSession(anna, digest, T0, T0.plus(Duration.ofDays(1)), "app"));
            persistence.eventLog().append(new SessionStarted(anna, session.id(), session.end(), T0));
            return session;
        });
    }

    private NewSession session(String digest) {
        return new NewSession(anna, digest, T0, T0.plus(Duration.ofDays(1)), "app");
    }
}
