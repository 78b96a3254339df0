package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The customers' sessions, found by the digest of their token. */
public interface SessionRepository {

    /** Stores a new session. */
    Session add(NewSession session);

    /** The session stored under {@code tokenDigest}, if valid at {@code now}. */
    Optional<Session> validByDigest(String tokenDigest, Instant now);

    /** The customer's sessions valid at {@code now}, newest first. */
    List<Session> validOf(CustomerId customerId, Instant now);

    /** Ends one of the customer's own sessions at {@code now}. */
    boolean end(CustomerId customerId, SessionId id, Instant now);

    /** Ends every valid session of the customer except {@code keep}. */
    void endAllOtherThan(CustomerId customerId, SessionId keep, Instant now);
}
