package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in customer's hottest reads, each made together with the token check: a read finds
 * something only for a session valid at {@code now}, exactly as {@link SessionRepository#validByDigest}
 * would find it, and in the same look at the store, so an adapter over a database answers in one
 * round trip and a session ended anywhere fails the very next read (decision 0012).
 */
public interface SignedInReads {

    /**
     * The account of the session's customer.
     *
     * @return the caller and their account; empty when the session is unknown, expired or ended, or the
     *     account is gone
     */
    Optional<SignedIn<OwnAccount>> account(String tokenDigest, Instant now);

    /**
     * A page of the session's customer's orders, as {@link com.fooddelivery.customer.domain.order.OrderRepository#page} reads it.
     *
     * @return the caller and the page; empty when the session is unknown, expired or ended
     */
    Optional<SignedIn<OrderPage>> orderPage(
            String tokenDigest, Instant now, boolean pendingOnly, int limit, Optional<OrderPage.Position> after);

    /**
     * One order of the session's customer, with what its report shows ({@link OwnOrder#shown}).
     *
     * @return the caller, and the order when it exists and is theirs (someone else's is empty, as an
     *     unknown one); empty when the session is unknown, expired or ended
     */
    Optional<SignedIn<Optional<OwnOrder>>> order(String tokenDigest, Instant now, OrderUid uid);
}
