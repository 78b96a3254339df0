package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions kept in memory, by token digest. */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<Integer, Session> sessions = new HashMap<>();
    private final Map<String, Integer> byDigest = new HashMap<>();
    private int nextId = 1;

    @Override
    public synchronized Session add(NewSession draft) {
        if (byDigest.containsKey(draft.tokenDigest())) {
            throw new IllegalStateException("token digest already stored");
        }
        Session session =
                new Session(new SessionId(nextId++), draft.customerId(), draft.begin(), draft.end(), draft.client());
        sessions.put(session.id().value(), session);
        byDigest.put(draft.tokenDigest(), session.id().value());
        return session;
    }

    @Override
    public synchronized Optional<Session> validByDigest(String tokenDigest, Instant now) {
        return Optional.ofNullable(byDigest.get(tokenDigest))
                .map(sessions::get)
                .filter(session -> session.isValidAt(now));
    }

    @Override
    public synchronized List<Session> validOf(CustomerId customerId, Instant now) {
        List<Session> valid = new ArrayList<>();
        for (Session session : sessions.values()) {
            if (session.customerId().equals(customerId) && session.isValidAt(now)) {
                valid.add(session);
            }
        }
        valid.sort(Comparator.comparing(Session::begin)
                .thenComparing(session -> session.id().value())
                .reversed());
        return valid;
    }

    @Override
    public synchronized boolean end(CustomerId customerId, SessionId id, Instant now) {
        Session session = sessions.get(id.value());
        if (session == null || !session.customerId().equals(customerId) || !session.isValidAt(now)) {
            return false;
        }
        sessions.put(id.value(), new Session(session.id(), customerId, session.begin(), now, session.client()));
        return true;
    }

    @Override
    public synchronized void endAllOtherThan(CustomerId customerId, SessionId keep, Instant now) {
        for (Session session : validOf(customerId, now)) {
            if (!session.id().equals(keep)) {
                end(customerId, session.id(), now);
            }
        }
    }

    /** Forgets every session of a customer, as the database does when the customer is deleted. */
    public synchronized void deleteAllOf(CustomerId customerId) {
        sessions.values().removeIf(session -> session.customerId().equals(customerId));
        byDigest.values().removeIf(id -> !sessions.containsKey(id));
    }
}
