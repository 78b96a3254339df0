package com.fooddelivery.customer.domain.token;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} promises; run against the fake and against PostgreSQL. */
public abstract class SessionRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionRepository sessions;
    private CustomerId anna;
    private CustomerId bob;

    /** Empty session and customer stores over the same data. */
    protected abstract Stores emptyStores();

    /**
     * @param customers where the sessions' customers are kept
     * @param sessions  the repository under test
     */
    public record Stores(CustomerRepository customers, SessionRepository sessions) {}

    @BeforeEach
    void twoCustomers() {
        Stores stores = emptyStores();
        sessions = stores.sessions();
        anna = stores.customers().add(aCustomer(1).build()).id();
        bob = stores.customers().add(aCustomer(2).build()).id();
    }

    @Test
    void aSessionIsFoundByItsTokensDigestWhileValid() {
        SessionToken token = SessionToken.generate(RANDOM);
        Session session =
                sessions.add(new NewSession(anna, token.digest(), T0, T0.plus(Duration.ofHours(1)), "app/1.0"));

        assertThat(sessions.validByDigest(token.digest(), T0)).contains(session);
        assertThat(sessions.validByDigest(token.digest(), T0.plus(Duration.ofMinutes(59))))
                .contains(session);
        assertThat(sessions.validByDigest(token.digest(), T0.plus(Duration.ofHours(1))))
                .as("expired at its end")
                .isEmpty();
        assertThat(sessions.validByDigest(token.digest(), T0.minusSeconds(1)))
                .as("not yet begun")
                .isEmpty();
        assertThat(sessions.validByDigest(SessionToken.generate(RANDOM).digest(), T0))
                .isEmpty();
        assertThat(session.client()).isEqualTo("app/1.0");
    }

    @Test
    void theSessionAnsweredIsTheOneReadBackEvenFromTimesFinerThanTheStoreKeeps() {
        SessionToken token = SessionToken.generate(RANDOM);
        Instant fine = T0.plusNanos(123_456_789);
        Session session = sessions.add(new NewSession(anna, token.digest(), fine, fine.plus(Duration.ofHours(1)), ""));

        assertThat(sessions.validByDigest(token.digest(), fine.plusSeconds(1))).contains(session);
        assertThat(sessions.validOf(anna, fine.plusSeconds(1))).containsExactly(session);
    }

    @Test
    void anEndedSessionIsDeadAtOnce() {
        SessionToken token = SessionToken.generate(RANDOM);
        Session session = sessions.add(new NewSession(anna, token.digest(), T0, T0.plus(Duration.ofDays(1)), ""));

        assertThat(sessions.end(anna, session.id(), T0.plusSeconds(10))).isTrue();

        assertThat(sessions.validByDigest(token.digest(), T0.plusSeconds(10))).isEmpty();
        assertThat(sessions.end(anna, session.id(), T0.plusSeconds(11)))
                .as("already ended")
                .isFalse();
    }

    @Test
    void nobodyEndsAnotherCustomersSession() {
        SessionToken token = SessionToken.generate(RANDOM);
        Session annas = sessions.add(new NewSession(anna, token.digest(), T0, T0.plus(Duration.ofDays(1)), ""));

        assertThat(sessions.end(bob, annas.id(), T0.plusSeconds(1))).isFalse();
        assertThat(sessions.validByDigest(token.digest(), T0.plusSeconds(1))).isPresent();
    }

    @Test
    void listsTheValidSessionsOfOneCustomerNewestFirst() {
        Session older = sessions.add(session(anna, T0));
        Session newer = sessions.add(session(anna, T0.plusSeconds(60)));
        Session ended = sessions.add(session(anna, T0.plusSeconds(90)));
        sessions.add(session(bob, T0));
        sessions.end(anna, ended.id(), T0.plusSeconds(100));

        assertThat(sessions.validOf(anna, T0.plusSeconds(120))).containsExactly(newer, older);
    }

    @Test
    void endingAllOthersKeepsTheOneInUse() {
        Session kept = sessions.add(session(anna, T0));
        sessions.add(session(anna, T0.plusSeconds(1)));
        sessions.add(session(anna, T0.plusSeconds(2)));
        Session bobs = sessions.add(session(bob, T0));

        sessions.endAllOtherThan(anna, kept.id(), T0.plusSeconds(5));

        assertThat(sessions.validOf(anna, T0.plusSeconds(5))).containsExactly(kept);
        assertThat(sessions.validOf(bob, T0.plusSeconds(5))).containsExactly(bobs);
    }

    private static NewSession session(CustomerId customer, Instant begin) {
        return new NewSession(
                customer, SessionToken.generate(RANDOM).digest(), begin, begin.plus(Duration.ofDays(1)), "");
    }
}
