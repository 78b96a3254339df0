package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.token.OwnOrder;
import com.fooddelivery.customer.domain.token.SessionToken;
import com.fooddelivery.customer.domain.token.SignedIn;
import com.fooddelivery.customer.domain.token.SignedInReads;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Shows customers the report of one of their orders: the order, its latest payment, its rating and its
 * courier, read together with the token check (decision 0012). {@link ShowOrder} gives the bare order
 * to the routes that already know the caller.
 */
public class ShowOrderReport {

    private final SignedInReads reads;
    private final Clock clock;

    @Inject
    public ShowOrderReport(SignedInReads reads, Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The order's report, if the order is the token's customer's.
     *
     * @throws AuthenticationException when the session is unknown, expired or ended
     * @throws NotFoundException when the order does not exist or belongs to someone else: the two are not told
     *     apart
     */
    public SignedIn<OwnOrder> show(SessionToken session, OrderUid uid) {
        SignedIn<Optional<OwnOrder>> read = reads.order(session.digest(), clock.instant(), uid)
                .orElseThrow(() -> new AuthenticationException("unknown, expired or revoked token"));
        return new SignedIn<>(read.caller(), read.value().orElseThrow(() -> new NotFoundException("order", uid)));
    }
}
