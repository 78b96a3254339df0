package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment an order's report shows: its latest attempt with the outcome. Takes the order a
 * guarded use case already handed out, never a bare id, so it cannot reveal someone else's payment.
 */
public class ShowOrderPayment {

    private final PaymentRepository payments;

    @Inject
    public ShowOrderPayment(PaymentRepository payments) {
        this.payments = Objects.requireNonNull(payments, "payments");
    }

    /** The latest attempt to pay {@code order}, if any was made. */
    public Optional<Payment> of(Order order) {
        return payments.latestOf(order.uid());
    }
}
