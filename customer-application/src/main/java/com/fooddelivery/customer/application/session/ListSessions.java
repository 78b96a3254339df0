package com.fooddelivery.customer.application.session;

import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Lists the devices a customer is signed in on. */
public class ListSessions {

    private final SessionRepository sessions;
    private final Clock clock;

    @Inject
    public ListSessions(SessionRepository sessions, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The caller's valid sessions, newest first, marking the one the caller uses. */
    public List<Entry> list(Caller caller) {
        return sessions.validOf(caller.customerId(), clock.instant()).stream()
                .map(session -> new Entry(session, session.id().equals(caller.sessionId())))
                .toList();
    }

    /** One signed-in device. */
    public record Entry(Session session, boolean current) {}
}
