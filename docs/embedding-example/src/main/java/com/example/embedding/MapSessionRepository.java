package com.example.embedding;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionId;
import com.fooddelivery.customer.domain.token.SessionRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions by the SHA-256 digest of their token; the token itself is never stored. */
public final class MapSessionRepository implements SessionRepository {

    private final Map<SessionId, Session> sessions = new HashMap<>();
    private final Map<String, SessionId> byDigest = new HashMap<>();

    @Override
    public synchronized Session add(NewSession draft) {
        Session session = new Session(new SessionId(sessions.size() + 1), draft.customerId(), draft.begin(),
                draft.end(), draft.client());
        if (byDigest.putIfAbsent(draft.tokenDigest(), session.id()) != null) {
            throw new IllegalStateException("token digest already stored");
        }
        sessions.put(session.id(), session);
        return session;
    }

    @Override
    public synchronized Optional<Session> validByDigest(String tokenDigest, Instant now) {
        return Optional.ofNullable(byDigest.get(tokenDigest)).map(sessions::get).filter(s -> s.isValidAt(now));
    }

    @Override
    public synchronized List<Session> validOf(CustomerId customerId, Instant now) {
        return sessions.values().stream()
                .filter(s -> s.customerId().equals(customerId) && s.isValidAt(now))
                .sorted(Comparator.comparing(Session::begin).thenComparing(s -> s.id().value()).reversed())
                .toList();
    }

    @Override
    public synchronized boolean end(CustomerId customerId, SessionId id, Instant now) {
        Session s = sessions.get(id);
        if (s == null || !s.customerId().equals(customerId) || !s.isValidAt(now)) {
            return false;
        }
        sessions.put(id, new Session(id, customerId, s.begin(), now, s.client()));
        return true;
    }

    @Override
    public synchronized void endAllOtherThan(CustomerId customerId, SessionId keep, Instant now) {
        validOf(customerId, now).stream().filter(s -> !s.id().equals(keep)).forEach(s -> end(customerId, s.id(), now));
    }
}
