package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys kept in memory. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Entry(String fingerprint, Instant claimedAt, Optional<OrderUid> order) {}

    private final Map<String, Entry> entries = new HashMap<>();

    @Override
    public synchronized Claim claim(
            CustomerId customerId, String key, String fingerprint, Instant now, Duration abandonedAfter) {
        String id = customerId.value() + "/" + key;
        Entry entry = entries.get(id);
        if (entry == null
                || (entry.order().isEmpty()
                        && !entry.claimedAt().plus(abandonedAfter).isAfter(now)
                        && entry.fingerprint().equals(fingerprint))) {
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
        String id = customerId.value() + "/" + key;
        Entry entry = entries.get(id);
        entries.put(id, new Entry(entry.fingerprint(), entry.claimedAt(), Optional.of(order)));
    }

    @Override
    public synchronized void release(CustomerId customerId, String key) {
        entries.remove(customerId.value() + "/" + key);
    }
}
