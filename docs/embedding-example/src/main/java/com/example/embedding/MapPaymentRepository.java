package com.example.embedding;

import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Payment attempts, oldest first, and the payment-provider events already applied. */
public final class MapPaymentRepository implements PaymentRepository {

    private final Map<PaymentReference, Payment> payments = new LinkedHashMap<>();
    private final Set<String> appliedEvents = new HashSet<>();

    @Override
    public synchronized void add(Payment payment) {
        payment.requestKey().flatMap(key -> byRequestKey(payment.orderUid(), key.key())).ifPresent(earlier -> {
            throw new IllegalStateException("this key already started a payment of the order");
        });
        if (payments.putIfAbsent(payment.reference(), payment) != null) {
            throw new IllegalStateException("payment " + payment.reference() + " exists");
        }
    }

    @Override
    public synchronized void update(Payment payment) {
        if (payments.replace(payment.reference(), payment) == null) {
            throw new IllegalStateException("payment " + payment.reference() + " was never stored");
        }
    }

    @Override
    public synchronized Optional<Payment> byReference(PaymentReference reference) {
        return Optional.ofNullable(payments.get(reference));
    }

    @Override
    public synchronized List<Payment> ofOrder(OrderUid order) {
        return payments.values().stream().filter(payment -> payment.orderUid().equals(order)).toList();
    }

    @Override
    public synchronized Optional<Payment> byRequestKey(OrderUid order, String key) {
        return ofOrder(order).stream()
                .filter(payment -> payment.requestKey().filter(requestKey -> requestKey.key().equals(key)).isPresent())
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
    public synchronized boolean markEventApplied(String provider, String eventId, PaymentReference reference,
                                                 Instant at) {
        return appliedEvents.add(provider + "\n" + eventId);
    }
}
