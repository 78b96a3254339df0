package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The customers' sessions ({@code delivery_customer_token_c}), found by the digest of their token. */
public interface SessionRepository {

    /** Stores a new session. */
    Session add(NewSession session);

    /** The session stored under {@code tokenDigest}, if it is valid at {@code now}. One indexed lookup. */
    Optional<Session> validByDigest(String tokenDigest, Instant now);

    /** The customer's sessions valid at {@code now}, newest first. */
    List<Session> validOf(CustomerId customerId, Instant now);

    /**
     * Ends one of the customer's sessions at {@code now} (its end time becomes {@code now}).
     *
     * @return whether a session of that customer was still valid and is now ended
     */
    boolean end(CustomerId customerId, SessionId id, Instant now);

    /** Ends every valid session of the customer except {@code keep}. */
    void endAllOtherThan(CustomerId customerId, SessionId keep, Instant now);
}
