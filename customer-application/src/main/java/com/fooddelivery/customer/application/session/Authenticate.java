package com.fooddelivery.customer.application.session;

import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SessionToken;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * The token check of customer requests, one lookup per request, so a revocation holds from the next
 * request on. The hottest reads check inside their own read instead ({@code SignedInReads}, decision 0012).
 */
public class Authenticate {

    private final SessionRepository sessions;
    private final Clock clock;

    @Inject
    public Authenticate(SessionRepository sessions, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The customer the token, as sent (null or garbage included), belongs to.
     *
     * @throws AuthenticationException when the token is malformed, unknown, expired or revoked
     */
    public Caller authenticate(String bearerToken) {
        SessionToken token =
                SessionToken.parse(bearerToken).orElseThrow(() -> new AuthenticationException("malformed token"));
        return sessions.validByDigest(token.digest(), clock.instant())
                .map(session -> new Caller(session.customerId(), session.id()))
                .orElseThrow(() -> new AuthenticationException("unknown, expired or revoked token"));
    }
}
