package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.Snapshotting;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Payment attempts kept in memory, in the order they were added. */
public final class InMemoryPaymentRepository implements PaymentRepository, Snapshotting {

    private final Map<PaymentReference, Payment> payments = new LinkedHashMap<>();
    private final Set<String> events = new HashSet<>();

    @Override
    public synchronized Runnable snapshot() {
        Map<PaymentReference, Payment> paymentsThen = new LinkedHashMap<>(payments);
        Set<String> eventsThen = new HashSet<>(events);
        return () -> {
            synchronized (this) {
                payments.clear();
                payments.putAll(paymentsThen);
                events.clear();
                events.addAll(eventsThen);
            }
        };
    }

    @Override
    public synchronized void add(Payment payment) {
        if (payments.containsKey(payment.reference())) {
            throw new IllegalStateException("payment " + payment.reference() + " exists");
        }
        payment.requestKey().ifPresent(key -> {
            if (byRequestKey(payment.orderUid(), key.key()).isPresent()) {
                throw new IllegalStateException("key " + key.key() + " already started a payment of this order");
            }
        });
        payments.put(payment.reference(), payment);
    }

    @Override
    public synchronized void update(Payment payment) {
        if (!payments.containsKey(payment.reference())) {
            throw new IllegalStateException("payment " + payment.reference() + " was never stored");
        }
        payments.put(payment.reference(), payment);
    }

    @Override
    public synchronized Optional<Payment> byReference(PaymentReference reference) {
        return Optional.ofNullable(payments.get(reference));
    }

    @Override
    public synchronized List<Payment> ofOrder(OrderUid order) {
        return payments.values().stream()
                .filter(payment -> payment.orderUid().equals(order))
                .toList();
    }

    @Override
    public synchronized Optional<Payment> byRequestKey(OrderUid order, String key) {
        return ofOrder(order).stream()
                .filter(payment -> payment.requestKey()
                        .map(requestKey -> requestKey.key().equals(key))
                        .orElse(false))
                .findFirst();
    }

    @Override
    public synchronized List<Payment> capturesLeftBehind(Instant before, int limit) {
        return payments.values().stream()
                .filter(payment -> payment.status() == Payment.Status.CAPTURING)
                .filter(payment -> payment.updatedAt().isBefore(before))
                .sorted(Comparator.comparing(Payment::updatedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean markEventApplied(
            String provider, String eventId, PaymentReference reference, Instant at) {
        return events.add(provider + "\n" + eventId);
    }
}
