package com.fooddelivery.customer.adapter.persistence;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Session ids drawn from the token table's identity sequence a block at a time, as Hibernate's pooled
 * sequences do: a new session's id is then known before its row is written, so the row can be held with
 * the unit of work's other writes and sent with them (a sign-in's session costs one round trip before the
 * commit). Ids stay unique across instances; an instance's unused ids are skipped when it stops.
 */
final class SessionIds {

    /** Ids drawn per round trip. */
    static final int BLOCK = 32;

    private static final String DRAW = "select nextval(pg_get_serial_sequence('delivery_customer_token_c',"
            + " 'delivery_customer_token_c_id'))::integer from generate_series(1, ?)";

    private final JooqUnitOfWork db;
    private final Queue<Integer> drawn = new ConcurrentLinkedQueue<>();

    SessionIds(JooqUnitOfWork db) {
        this.db = db;
    }

    /** An id no other session has or will get. */
    int next() {
        Integer id = drawn.poll();
        if (id != null) {
            return id;
        }
        // No lock around the draw: a thread that waits here for the database must not hold up another that
        // holds what the first waits for. Two threads that draw at once both add their blocks.
        List<Integer> block = db.dsl().resultQuery(DRAW, BLOCK).fetch(0, Integer.class);
        drawn.addAll(block.subList(1, block.size()));
        return block.get(0);
    }
}
