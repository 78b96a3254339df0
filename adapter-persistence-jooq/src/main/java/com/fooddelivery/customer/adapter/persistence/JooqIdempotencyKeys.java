package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_IDEMPOTENCY_KEY_C;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jooq.Condition;

/**
 * Idempotency keys in {@code delivery_idempotency_key_c}. The primary key (customer, key) is what
 * makes racing claims safe: exactly one insert wins, on any instance. A claim joins the caller's
 * transaction, so it commits with the order it placed or vanishes with it.
 */
public final class JooqIdempotencyKeys implements IdempotencyKeys {

    // A transaction-level advisory lock on (customer, hash of the key) marks a claim in flight until its
    // transaction ends. Trying it answers "in flight" at once, where the insert alone would wait on the
    // unique index for the other transaction to end. Two keys of one customer with the same 32-bit hash
    // only share that answer for a moment; the primary key still decides which order a key has.
    // The two-integer form keeps these locks apart from the event log's single-bigint lock.
    static final String CLAIM = """
            with lock as (select pg_try_advisory_xact_lock(?::integer, hashtext(?)) as held),
                 claimed as (insert into delivery_idempotency_key_c (customer_id, idempotency_key, fingerprint, claimed_dt)
                             select ?::integer, ?, ?, ?::timestamptz from lock where held
                             on conflict do nothing
                             returning 1)
            select held, exists (select 1 from claimed) from lock""";

    private static final String COMPLETE = "update delivery_idempotency_key_c set order_uid = ?::uuid"
            + " where customer_id = ?::integer and idempotency_key = ?";

    private final JooqUnitOfWork db;

    JooqIdempotencyKeys(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Claim claim(CustomerId customerId, String key, String fingerprint, Instant now, Duration abandonedAfter) {
        var attempt = db.dsl()
                .resultQuery(
                        CLAIM,
                        customerId.value(),
                        key,
                        customerId.value(),
                        key,
                        fingerprint,
                        JooqSessionRepository.utc(now))
                .fetchSingle();
        return settle(
                attempt.get(0, Boolean.class),
                attempt.get(1, Boolean.class),
                customerId,
                key,
                fingerprint,
                now,
                abandonedAfter);
    }

    /**
     * What a claim's attempt ({@link #CLAIM}) means: in flight when the lock was not held, ours when the row was
     * inserted, and otherwise whatever the key's committed row says.
     */
    Claim settle(
            boolean held,
            boolean inserted,
            CustomerId customerId,
            String key,
            String fingerprint,
            Instant now,
            Duration abandonedAfter) {
        if (!held) {
            return new InFlight();
        }
        if (inserted) {
            return new Claimed();
        }
        var existing = db.dsl()
                .select(
                        DELIVERY_IDEMPOTENCY_KEY_C.FINGERPRINT,
                        DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID,
                        DELIVERY_IDEMPOTENCY_KEY_C.CLAIMED_DT)
                .from(DELIVERY_IDEMPOTENCY_KEY_C)
                .where(row(customerId, key))
                .fetchOptional();
        if (existing.isEmpty()) {
            // Released between our insert and our read: the key is free again.
            return claim(customerId, key, fingerprint, now, abandonedAfter);
        }
        if (!existing.get().value1().equals(fingerprint)) {
            return new Mismatch();
        }
        if (existing.get().value2() != null) {
            return new Completed(new OrderUid(existing.get().value2()));
        }
        // A committed claim without its order was left by the two-commit protocol of earlier versions, or
        // by a claim made outside a transaction: taken over once it is abandoned, and only for the same request.
        int takenOver = db.dsl()
                .update(DELIVERY_IDEMPOTENCY_KEY_C)
                .set(DELIVERY_IDEMPOTENCY_KEY_C.CLAIMED_DT, JooqSessionRepository.utc(now))
                .where(row(customerId, key))
                .and(DELIVERY_IDEMPOTENCY_KEY_C.FINGERPRINT.eq(fingerprint))
                .and(DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID.isNull())
                .and(DELIVERY_IDEMPOTENCY_KEY_C.CLAIMED_DT.le(JooqSessionRepository.utc(now.minus(abandonedAfter))))
                .execute();
        return takenOver == 1 ? new Claimed() : new InFlight();
    }

    @Override
    public void complete(CustomerId customerId, String key, OrderUid order) {
        // Sent with the order's other writes, in the same round trip.
        db.write(COMPLETE, -1, order.value(), customerId.value(), key);
    }

    @Override
    public void release(CustomerId customerId, String key) {
        db.dsl()
                .deleteFrom(DELIVERY_IDEMPOTENCY_KEY_C)
                .where(row(customerId, key))
                .and(DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID.isNull())
                .execute();
    }

    private static Condition row(CustomerId customerId, String key) {
        return DELIVERY_IDEMPOTENCY_KEY_C
                .CUSTOMER_ID
                .eq(customerId.value())
                .and(DELIVERY_IDEMPOTENCY_KEY_C.IDEMPOTENCY_KEY.eq(key));
    }
}
