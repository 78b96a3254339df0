package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What placing an order reads before it writes, asked for at once so that a store can answer in one
 * round trip: the idempotency key's claim, today's prices of the items named, and the kitchen queue.
 * The claim comes first and behaves exactly as {@link IdempotencyKeys#claim}; a store without such a
 * read uses {@link #oneByOne}.
 */
public interface PlacementReads {

    /**
     * Claims the key, in the caller's unit of work, and reads what the order needs if the claim succeeds.
     *
     * @param request what to claim and what to read
     * @return the claim; its prices and queue are only meaningful when it is {@link IdempotencyKeys.Claimed}
     */
    Placement claimAndRead(Request request);

    /**
     * The three reads made one after the other from the narrower ports, the prices and the queue only for a
     * successful claim: for stores that answer each at once anyway (in memory).
     */
    static PlacementReads oneByOne(IdempotencyKeys keys, MenuPrices menu, OrderRepository orders) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(orders, "orders");
        return request -> {
            IdempotencyKeys.Claim claim = keys.claim(
                    request.customer(), request.key(), request.fingerprint(), request.now(), request.abandonedAfter());
            if (!(claim instanceof IdempotencyKeys.Claimed)) {
                return new Placement(claim, Map.of(), 0);
            }
            return new Placement(claim, menu.items(request.items()), orders.kitchenQueue(request.queueAtMost()));
        };
    }

    /**
     * What to claim and what to read.
     *
     * @param fingerprint    the request's digest, to tell a retry from another request under the same key
     * @param abandonedAfter how old a claim without its order must be to be taken over
     * @param items          the items whose names and prices the order takes
     * @param queueAtMost    how far the kitchen queue is counted
     */
    record Request(
            CustomerId customer,
            String key,
            String fingerprint,
            Instant now,
            Duration abandonedAfter,
            Set<MenuItemId> items,
            int queueAtMost) {

        /** Requires every part; copies the items. */
        public Request {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(abandonedAfter, "abandonedAfter");
            items = Set.copyOf(items);
        }
    }

    /**
     * What the reads found.
     *
     * @param items        the named items that are on the menu, available or not, by id
     * @param kitchenQueue the orders waiting for or in the kitchen, counted up to the request's bound
     */
    record Placement(IdempotencyKeys.Claim claim, Map<MenuItemId, MenuItem> items, int kitchenQueue) {

        /** Requires the claim; copies the items. */
        public Placement {
            Objects.requireNonNull(claim, "claim");
            items = Map.copyOf(items);
        }
    }
}
