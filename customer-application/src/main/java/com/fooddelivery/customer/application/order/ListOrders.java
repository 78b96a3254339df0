package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.SessionToken;
import com.fooddelivery.customer.domain.token.SignedIn;
import com.fooddelivery.customer.domain.token.SignedInReads;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists a customer's orders, newest first, a page at a time. The token is checked in the same read as
 * the page (decision 0012).
 */
public class ListOrders {

    /** Page size when the client names none. */
    public static final int DEFAULT_LIMIT = 20;
    /** Largest page. */
    public static final int MAX_LIMIT = 100;

    private final SignedInReads reads;
    private final Clock clock;

    @Inject
    public ListOrders(SignedInReads reads, Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of the token's customer's orders.
     *
     * @return the caller, the page and where the next one starts
     * @throws AuthenticationException when the session is unknown, expired or ended
     */
    public SignedIn<OrderPage> list(Query query) {
        return reads.orderPage(
                        query.session().digest(), clock.instant(), query.pendingOnly(), query.limit(), query.after())
                .orElseThrow(() -> new AuthenticationException("unknown, expired or revoked token"));
    }

    /**
     * Which page.
     *
     * @param session     the token of the customer whose orders these are
     * @param limit       1 to 100
     * @param after       where the page starts, from the previous page; empty for the first
     */
    public record Query(SessionToken session, boolean pendingOnly, int limit, Optional<OrderPage.Position> after) {

        /**
         * Requires the token and a page size of 1 to {@link ListOrders#MAX_LIMIT}.
         *
         * @throws com.fooddelivery.customer.domain.shared.ValidationException on field {@code limit}
         */
        public Query {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(after, "after");
            Validator.check()
                    .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT)
                    .done();
        }
    }
}
