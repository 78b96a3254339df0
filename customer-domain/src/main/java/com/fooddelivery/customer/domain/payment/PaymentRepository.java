package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Payment attempts and the callback events applied to them. Every change happens under the order's lock
 * ({@code OrderRepository.lockByUid}), so they need none of their own.
 */
public interface PaymentRepository {

    /** Stores a new attempt. */
    void add(Payment payment);

    /** Stores the new state of an attempt. */
    void update(Payment payment);

    /** The attempt with this reference. */
    Optional<Payment> byReference(PaymentReference reference);

    /** Every attempt to pay the order, oldest first. */
    List<Payment> ofOrder(OrderUid order);

    /** The attempt the client started with this Idempotency-Key for this order. */
    Optional<Payment> byRequestKey(OrderUid order, String key);

    /** Records a callback event as applied: true once, false for any later or racing delivery of it. */
    boolean markEventApplied(String provider, String eventId, PaymentReference reference, Instant at);

    /**
     * Captures the kitchen's start committed as owed ({@code CAPTURING}) and not touched since {@code before}:
     * left behind when the service stopped between the commit and the processor's answer. Oldest first.
     */
    List<Payment> capturesLeftBehind(Instant before, int limit);

    /** The newest attempt, the one an order's report shows. */
    default Optional<Payment> latestOf(OrderUid order) {
        List<Payment> all = ofOrder(order);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The attempt that still counts (pending, authorised or paid); empty when a new one may start. */
    default Optional<Payment> liveOf(OrderUid order) {
        return ofOrder(order).stream()
                .filter(payment -> payment.status().live())
                .reduce((first, second) -> second);
    }
}
