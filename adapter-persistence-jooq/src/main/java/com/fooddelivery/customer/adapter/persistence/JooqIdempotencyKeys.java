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
 * makes racing claims safe: exactly one insert wins, on any instance.
 */
public final class JooqIdempotencyKeys implements IdempotencyKeys {

    private final JooqUnitOfWork db;

    JooqIdempotencyKeys(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Claim claim(CustomerId customerId, String key, String fingerprint, Instant now, Duration abandonedAfter) {
        int inserted = db.dsl().insertInto(DELIVERY_IDEMPOTENCY_KEY_C)
                .set(DELIVERY_IDEMPOTENCY_KEY_C.CUSTOMER_ID, customerId.value())
                .set(DELIVERY_IDEMPOTENCY_KEY_C.IDEMPOTENCY_KEY, key)
                .set(DELIVERY_IDEMPOTENCY_KEY_C.FINGERPRINT, fingerprint)
                .set(DELIVERY_IDEMPOTENCY_KEY_C.CLAIMED_DT, JooqSessionRepository.utc(now))
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return new Claimed();
        }
        // Take over a claim whose request died half-way, but only for the same request.
        int takenOver = db.dsl().update(DELIVERY_IDEMPOTENCY_KEY_C)
                .set(DELIVERY_IDEMPOTENCY_KEY_C.CLAIMED_DT, JooqSessionRepository.utc(now))
                .where(row(customerId, key))
                .and(DELIVERY_IDEMPOTENCY_KEY_C.FINGERPRINT.eq(fingerprint))
                .and(DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID.isNull())
                .and(DELIVERY_IDEMPOTENCY_KEY_C.CLAIMED_DT.le(JooqSessionRepository.utc(now.minus(abandonedAfter))))
                .execute();
        if (takenOver == 1) {
            return new Claimed();
        }
        var existing = db.dsl()
                .select(DELIVERY_IDEMPOTENCY_KEY_C.FINGERPRINT, DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID)
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
        return existing.get().value2() == null ? new InFlight() : new Completed(new OrderUid(existing.get().value2()));
    }

    @Override
    public void complete(CustomerId customerId, String key, OrderUid order) {
        db.dsl().update(DELIVERY_IDEMPOTENCY_KEY_C)
                .set(DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID, order.value())
                .where(row(customerId, key))
                .execute();
    }

    @Override
    public void release(CustomerId customerId, String key) {
        db.dsl().deleteFrom(DELIVERY_IDEMPOTENCY_KEY_C)
                .where(row(customerId, key))
                .and(DELIVERY_IDEMPOTENCY_KEY_C.ORDER_UID.isNull())
                .execute();
    }

    private static Condition row(CustomerId customerId, String key) {
        return DELIVERY_IDEMPOTENCY_KEY_C.CUSTOMER_ID.eq(customerId.value())
                .and(DELIVERY_IDEMPOTENCY_KEY_C.IDEMPOTENCY_KEY.eq(key));
    }
}
