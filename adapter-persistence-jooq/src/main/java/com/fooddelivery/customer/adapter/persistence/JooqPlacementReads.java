package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.PlacementReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        Optional<Read> found = reads.read(
                db.dsl(),
                this::read,
                request.tokenDigest(),
                now,
                now,
                request.key(),
                request.key(),
                request.fingerprint(),
                now,
                request.items().stream().map(MenuItemId::value).toArray(Integer[]::new),
                Math.max(request.queueAtMost(), 0));
        // Settled once the three results are read: settling may run a statement of its own.
        return found.map(read -> new Placement(
                read.customer(),
                keys.settle(
                        read.held(),
                        read.inserted(),
                        read.customer(),
                        request.key(),
                        request.fingerprint(),
                        request.now(),
                        request.abandonedAfter()),
                read.items(),
                read.kitchenQueue()));
    }

    /** The three results, column by column; empty without a valid session (the claim's statement has no row). */
    private Optional<Read> read(ResultSet claimed) throws SQLException {
        // Taken first: moving to the next result closes this one, and a closed result set names no statement.
        Statement statement = claimed.getStatement();
        boolean session = claimed.next();
        CustomerId customer = session ? new CustomerId(claimed.getInt(1)) : null;
        boolean held = session && claimed.getBoolean(2);
        boolean inserted = session && claimed.getBoolean(3);
        Map<MenuItemId, MenuItem> items = new HashMap<>();
        try (ResultSet rows = next(statement, 2)) {
            while (rows.next()) {
                MenuItem item = item(rows);
                items.put(item.id(), item);
            }
        }
        int queue;
        try (ResultSet count = next(statement, 3)) {
            count.next();
            queue = count.getInt(1);
        }
        if (statement.getMoreResults() || statement.getUpdateCount() != -1) {
            throw new IllegalStateException("3 reads sent, more results");
        }
        return session ? Optional.of(new Read(customer, held, inserted, items, queue)) : Optional.empty();
    }

    private static ResultSet next(Statement statement, int result) throws SQLException {
        if (!statement.getMoreResults()) {
            throw new IllegalStateException("3 reads sent, " + (result - 1) + " results");
        }
        return statement.getResultSet();
    }

    private MenuItem item(ResultSet row) throws SQLException {
        return menu.toMenuItem(
                row.getInt(1),
                row.getInt(2),
                row.getString(3),
                row.getString(4),
                row.getBigDecimal(5),
                row.getBoolean(6),
                row.getBoolean(7));
    }

    /** What the claim's statement and the two reads found under a valid session. */
    private record Read(
            CustomerId customer, boolean held, boolean inserted, Map<MenuItemId, MenuItem> items, int kitchenQueue) {}
}
