package com.fooddelivery.customer.application.session;

import com.fooddelivery.customer.domain.event.AccountEvent.SessionEnded;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionId;
import com.fooddelivery.customer.domain.token.SessionRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Ends a session of the caller: the current one (sign-out) or another device's. */
public class SignOut {

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public SignOut(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock, EventLog events) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Ends the session the caller is using; its token is dead from now on. */
    public void signOut(Caller caller) {
        end(caller, caller.sessionId());
    }

    /** Ends one of the caller's sessions; NotFoundException when the caller has no valid one with that id. */
    public void end(Caller caller, SessionId session) {
        boolean ended = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            boolean endedNow = sessions.end(caller.customerId(), session, now);
            if (endedNow) {
                events.append(new SessionEnded(caller.customerId(), session, now));
            }
            return endedNow;
        });
        if (!ended) {
            throw new NotFoundException("session", session.value());
        }
    }
}
