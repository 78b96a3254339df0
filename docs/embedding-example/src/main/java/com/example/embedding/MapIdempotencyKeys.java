package com.example.embedding;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys per customer: claimed, then completed with the order they made, or released. */
public final class MapIdempotencyKeys implements IdempotencyKeys {

    private record Entry(String fingerprint, Instant claimedAt, Optional<OrderUid> order) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(CustomerId customerId, String key, String fingerprint, Instant now,
                                    Duration abandonedAfter) {
        String id = customerId.value() + "/" + key;
        Entry entry = entries.get(id);
        boolean abandoned = entry != null && entry.order().isEmpty() && entry.fingerprint().equals(fingerprint)
                && !entry.claimedAt().plus(abandonedAfter).isAfter(now);
        if (entry == null || abandoned) {
            entries.put(id, new Entry(fingerprint, now, Optional.empty()));
            return new Claimed();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        return entry.order().<Claim>map(Completed::new).orElseGet(InFlight::new);
    }

    @Override
    public synchronized void complete(CustomerId customerId, String key, OrderUid order) {
        entries.computeIfPresent(customerId.value() + "/" + key,
                (id, entry) -> new Entry(entry.fingerprint(), entry.claimedAt(), Optional.of(order)));
    }

    @Override
    public synchronized void release(CustomerId customerId, String key) {
        entries.remove(customerId.value() + "/" + key);
    }
}
