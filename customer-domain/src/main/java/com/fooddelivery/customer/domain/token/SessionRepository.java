package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The customers' sessions, found by the digest of their token. */
public interface SessionRepository {

    /**
     * Stores a new session.
     *
     * @param session the session to open
     * @return the stored session with its id
     */
    Session add(NewSession session);

    /**
     * The session stored under {@code tokenDigest}, if valid at {@code now}.
     *
     * @param tokenDigest the digest of the token a client sent
     * @param now the time of the request
     * @return the session, or empty when unknown, expired or ended
     */
    Optional<Session> validByDigest(String tokenDigest, Instant now);

    /**
     * The customer's sessions valid at {@code now}, newest first.
     *
     * @param customerId the customer
     * @param now the time of the request
     * @return the open sessions; empty when none
     */
    List<Session> validOf(CustomerId customerId, Instant now);

    /**
     * Ends one of the customer's own sessions at {@code now}.
     *
     * @param customerId the customer who asks
     * @param id the session
     * @param now the end time
     * @return whether a valid session of theirs was ended
     */
    boolean end(CustomerId customerId, SessionId id, Instant now);

    /**
     * Ends every valid session of the customer except {@code keep}.
     *
     * @param customerId the customer
     * @param keep the session that stays open
     * @param now the end time
     */
    void endAllOtherThan(CustomerId customerId, SessionId keep, Instant now);
}
