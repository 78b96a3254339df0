package com.fooddelivery.peer.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A customer's Idempotency-Key: the fingerprint of the request that claimed it, and its order once placed. */
@Entity
@Table(name = "delivery_idempotency_key_c")
public class IdempotencyKey {

    @EmbeddedId
    private Key id;

    private String fingerprint;

    @Column(name = "claimed_dt")
    private Instant claimedAt;

    private UUID orderUid;

    protected IdempotencyKey() {
    }

    String getFingerprint() {
        return fingerprint;
    }

    UUID getOrderUid() {
        return orderUid;
    }

    void complete(UUID order) {
        this.orderUid = order;
    }

    /** The key is the customer's own: two customers may send the same text. */
    @Embeddable
    public record Key(@Column(name = "customer_id") Integer customerId,
                      @Column(name = "idempotency_key") String key) implements Serializable {
    }
}
