package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.PlacementReads;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.jooq.Results;

/**
 * An order's reads before its writes as three statements sent in one round trip: the key's claim (first, so
 * the transaction still starts with it and races are decided as in {@link JooqIdempotencyKeys}), the items'
 * rows and the bounded kitchen count ({@link JooqOrderRepository#KITCHEN_QUEUE}). The two reads cost a
 * refused claim little and save an accepted one two round trips.
 */
final class JooqPlacementReads implements PlacementReads {

    private final JooqUnitOfWork db;
    private final JooqIdempotencyKeys keys;
    private final JooqMenuReads menu;
    private final PrerenderedQuery reads;

    JooqPlacementReads(JooqUnitOfWork db, JooqIdempotencyKeys keys, JooqMenuReads menu) {
        this.db = Objects.requireNonNull(db, "db");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.menu = Objects.requireNonNull(menu, "menu");
        this.reads = new PrerenderedQuery(JooqIdempotencyKeys.CLAIM + ";\n" + menu.itemsOnMenuAmong() + ";\n"
                + JooqOrderRepository.KITCHEN_QUEUE);
    }

    @Override
    public Placement claimAndRead(Request request) {
        Results results = reads.many(
                db.dsl(),
                request.customer().value(),
                request.key(),
                request.customer().value(),
                request.key(),
                request.fingerprint(),
                JooqSessionRepository.utc(request.now()),
                request.items().stream().map(MenuItemId::value).toArray(Integer[]::new),
                Math.max(request.queueAtMost(), 0));
        if (results.size() != 3) {
            throw new IllegalStateException("3 reads sent, " + results.size() + " results");
        }
        Record attempt = results.get(0).get(0);
        IdempotencyKeys.Claim claim = keys.settle(
                attempt.get(0, Boolean.class),
                attempt.get(1, Boolean.class),
                request.customer(),
                request.key(),
                request.fingerprint(),
                request.now(),
                request.abandonedAfter());
        Map<MenuItemId, MenuItem> items = results.get(1).stream()
                .map(this::item)
                .collect(Collectors.toUnmodifiableMap(MenuItem::id, item -> item));
        return new Placement(claim, items, results.get(2).get(0).get(0, Integer.class));
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
