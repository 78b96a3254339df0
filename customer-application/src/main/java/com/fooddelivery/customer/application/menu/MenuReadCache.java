package com.fooddelivery.customer.application.menu;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers each key's last successful read for the configured age, or until this instance changes the
 * menu, so the map stays as small as the menu. Two requests racing on an expired key may both read.
 */
final class MenuReadCache<K, V> {

    private record Read<V>(V value, Instant madeAt, long changes) {}

    private final MenuFreshness freshness;
    private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

    MenuReadCache(MenuFreshness freshness) {
        this.freshness = freshness;
    }

    V get(K key, Supplier<V> read) {
        if (freshness.maxAge().isZero()) {
            return read.get();
        }
        Instant now = freshness.clock().instant();
        // Counted before reading: a change committed while the read runs leaves it marked stale.
        long changes = freshness.changes();
        Read<V> last = reads.get(key);
        if (last != null
                && last.changes() == changes
                && now.isBefore(last.madeAt().plus(freshness.maxAge()))) {
            return last.value();
        }
        V value = read.get();
        reads.put(key, new Read<>(value, now, changes));
        return value;
    }
}
