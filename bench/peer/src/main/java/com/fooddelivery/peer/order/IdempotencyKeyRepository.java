package com.fooddelivery.peer.order;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdempotencyKeyRepository extends JpaRepository<IdempotencyKey, IdempotencyKey.Key> {

    /**
     * Claims the key for this request, or does nothing when it is taken. A concurrent claim of the same
     * key waits here until the first transaction ends, so the loser then reads the placed order.
     */
    @Modifying
    @Query(value = """
            insert into delivery_idempotency_key_c (customer_id, idempotency_key, fingerprint, claimed_dt)
            values (:customer, :key, :fingerprint, :now) on conflict do nothing""", nativeQuery = true)
    int claim(@Param("customer") int customerId, @Param("key") String key,
              @Param("fingerprint") String fingerprint, @Param("now") Instant now);

    /** Records the order the key placed, in the order's transaction. */
    @Modifying
    @Query(value = """
            update delivery_idempotency_key_c set order_uid = :order
            where customer_id = :customer and idempotency_key = :key""", nativeQuery = true)
    int complete(@Param("customer") int customerId, @Param("key") String key, @Param("order") UUID orderUid);
}
