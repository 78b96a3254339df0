package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.PlacementReads;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.jooq.Results;

/**
 * An order's reads before its writes as three statements sent in one round trip: the token's session with the
 * key's claim for its customer (first, so the transaction still starts with it and races are decided as in
 * {@link JooqIdempotencyKeys}), the items' rows and the bounded kitchen count
 * ({@link JooqOrderRepository#KITCHEN_QUEUE}). The two reads cost a refused claim little and save an accepted
 * one two round trips; the session in the claim's statement saves the separate token check (decision 0021).
 */
final class JooqPlacementReads implements PlacementReads {

    // JooqIdempotencyKeys.CLAIM, taking the customer from the session valid now (as validByDigest finds it)
    // instead of from a value: without such a session the statement returns no row and claims and locks nothing.
    static final String CLAIM_UNDER_SESSION = """
            with session as (select customer_id from delivery_customer_token_c
                             where token_guid = ? and token_begin_dt <= ?::timestamptz and token_end_dt > ?::timestamptz),
                 lock as (select customer_id, pg_try_advisory_xact_lock(customer_id, hashtext(?)) as held from session),
                 claimed as (insert into delivery_idempotency_key_c (customer_id, idempotency_key, fingerprint, claimed_dt)
                             select customer_id, ?, ?, ?::timestamptz from lock where held
                             on conflict do nothing
                             returning 1)
            select customer_id, held, exists (select 1 from claimed) from lock""";

    private final JooqUnitOfWork db;
    private final JooqIdempotencyKeys keys;
    private final JooqMenuReads menu;
    private final PrerenderedQuery reads;

    JooqPlacementReads(JooqUnitOfWork db, JooqIdempotencyKeys keys, JooqMenuReads menu) {
        this.db = Objects.requireNonNull(db, "db");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.menu = Objects.requireNonNull(menu, "menu");
        this.reads = new PrerenderedQuery(
                CLAIM_UNDER_SESSION + ";\n" + menu.itemsOnMenuAmong() + ";\n" + JooqOrderRepository.KITCHEN_QUEUE);
    }

    @Override
    public Optional<Placement> claimAndRead(Request request) {
        OffsetDateTime now = JooqSessionRepository.utc(request.now());
        Results results = reads.many(
                db.dsl(),
                request.tokenDigest(),
                now,
                now,
                request.key(),
                request.key(),
                request.fingerprint(),
                now,
                request.items().stream().map(MenuItemId::value).toArray(Integer[]::new),
                Math.max(request.queueAtMost(), 0));
        if (results.size() != 3) {
            throw new IllegalStateException("3 reads sent, " + results.size() + " results");
        }
        if (results.get(0).isEmpty()) {
            return Optional.empty();
        }
        Record attempt = results.get(0).get(0);
        CustomerId customer = new CustomerId(attempt.get(0, Integer.class));
        IdempotencyKeys.Claim claim = keys.settle(
                attempt.get(1, Boolean.class),
                attempt.get(2, Boolean.class),
                customer,
                request.key(),
                request.fingerprint(),
                request.now(),
                request.abandonedAfter());
        Map<MenuItemId, MenuItem> items = results.get(1).stream()
                .map(this::item)
                .collect(Collectors.toUnmodifiableMap(MenuItem::id, item -> item));
        return Optional.of(
                new Placement(customer, claim, items, results.get(2).get(0).get(0, Integer.class)));
    }

    private MenuItem item(Record row) {
        return menu.toMenuItem(
                row.get(0, Integer.class),
                row.get(1, Integer.class),
                row.get(2, String.class),
                row.get(3, String.class),
                row.get(4, BigDecimal.class),
                row.get(5, Boolean.class),
                row.get(6, Boolean.class));
    }
}
