package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.token.SessionRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What placing an order reads before it writes, asked for at once so that a store can answer in one
 * round trip: the session of the caller's token, the idempotency key's claim for the session's customer,
 * today's prices of the items named, and the kitchen queue. The session is checked first, as
 * {@link SessionRepository#validByDigest} would, and without it nothing is claimed; the claim then behaves
 * exactly as {@link IdempotencyKeys#claim}. A store without such a read uses {@link #oneByOne}.
 */
public interface PlacementReads {

    /**
     * Finds the token's session and, under it, claims the key in the caller's unit of work and reads what the
     * order needs if the claim succeeds.
     *
     * @param request whose token, what to claim and what to read
     * @return empty when the session is unknown, not yet begun, expired or ended, and then nothing is claimed;
     *     otherwise the session's customer and the claim, whose prices and queue are only meaningful when it is
     *     {@link IdempotencyKeys.Claimed}
     */
    Optional<Placement> claimAndRead(Request request);

    /**
     * The reads made one after the other from the narrower ports, the session first and the prices and the
     * queue only for a successful claim: for stores that answer each at once anyway (in memory).
     */
    static PlacementReads oneByOne(
            SessionRepository sessions, IdempotencyKeys keys, MenuPrices menu, OrderRepository orders) {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(orders, "orders");
        return request -> sessions.validByDigest(request.tokenDigest(), request.now())
                .map(session -> {
                    CustomerId customer = session.customerId();
                    IdempotencyKeys.Claim claim = keys.claim(
                            customer, request.key(), request.fingerprint(), request.now(), request.abandonedAfter());
                    if (!(claim instanceof IdempotencyKeys.Claimed)) {
                        return new Placement(customer, claim, Map.of(), 0);
                    }
                    return new Placement(
                            customer, claim, menu.items(request.items()), orders.kitchenQueue(request.queueAtMost()));
                });
    }

    /**
     * Whose token, what to claim and what to read.
     *
     * @param tokenDigest    the digest of the token the caller presented, as sessions are stored
     * @param fingerprint    the request's digest, to tell a retry from another request under the same key
     * @param abandonedAfter how old a claim without its order must be to be taken over
     * @param items          the items whose names and prices the order takes
     * @param queueAtMost    how far the kitchen queue is counted
     */
    record Request(
            String tokenDigest,
            String key,
            String fingerprint,
            Instant now,
            Duration abandonedAfter,
            Set<MenuItemId> items,
            int queueAtMost) {

        /** Requires every part; copies the items. */
        public Request {
            Objects.requireNonNull(tokenDigest, "tokenDigest");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(abandonedAfter, "abandonedAfter");
            items = Set.copyOf(items);
        }
    }

    /**
     * What the reads found under a valid session.
     *
     * @param customer     the session's customer, for whom the key was claimed
     * @param items        the named items that are on the menu, available or not, by id
     * @param kitchenQueue the orders waiting for or in the kitchen, counted up to the request's bound
     */
    record Placement(
            CustomerId customer, IdempotencyKeys.Claim claim, Map<MenuItemId, MenuItem> items, int kitchenQueue) {

        /** Requires the customer and the claim; copies the items. */
        public Placement {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(claim, "claim");
            items = Map.copyOf(items);
        }
    }
}
