package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Payment attempts ({@code delivery_payment_c}) and the callback events applied to them
 * ({@code delivery_payment_event_c}). Every change of an order's payments happens while the unit
 * of work holds that order's lock ({@code OrderRepository.lockByUid}), so they need no lock of their own.
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

    /**
     * The attempt the client started with this Idempotency-Key for this order.
     *
     * @return the attempt, or empty when the key is new
     */
    Optional<Payment> byRequestKey(OrderUid order, String key);

    /**
     * Records that a callback event was applied, once: a unique constraint on (provider, event id)
     * makes exactly one of any number of racing deliveries succeed.
     *
     * @return true the first time, false for an event applied before
     */
    boolean markEventApplied(String provider, String eventId, PaymentReference reference, Instant at);

    /**
     * The latest attempt, the one an order's report shows.
     *
     * @return its newest attempt, or empty when none was made
     */
    default Optional<Payment> latestOf(OrderUid order) {
        List<Payment> all = ofOrder(order);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The attempt that still counts (pending, authorised or paid), if any.
     *
     * @return the live attempt, or empty when a new one may start
     */
    default Optional<Payment> liveOf(OrderUid order) {
        return ofOrder(order).stream()
                .filter(payment -> payment.status().live())
                .reduce((first, second) -> second);
    }
}
