package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.Validator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The money two of the kitchen's and the courier's reports move, inside their transaction: the kitchen's
 * start commits a card's held payment as owed a capture ({@link KitchenCapture}), and the courier's
 * PAYMENT_COLLECTED pays the cash or POS payment.
 */
final class OrderEventPayments {

    private final PaymentRepository payments;
    private final KitchenCapture capture;

    OrderEventPayments(PaymentRepository payments, KitchenCapture capture) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.capture = Objects.requireNonNull(capture, "capture");
    }

    /**
     * Settles what {@code command}'s event, about to be applied to {@code order} at {@code at}, asks of its payment.
     *
     * @return a capture owed: the event waits for the processor's answer; empty when the event applies now
     */
    Optional<KitchenCapture.Owed> settle(
            Order order, RecordOrderEvent.Command command, Instant at, Optional<Estimates> revised, Instant now) {
        if (command.event() == OrderEvent.COOKING_STARTED && order.paymentMethod() == PaymentMethod.CARD) {
            return capture.owe(order, at, revised, now);
        }
        if (command.event() == OrderEvent.PAYMENT_COLLECTED) {
            collect(order, command.terminalReference(), now);
        }
        return Optional.empty();
    }

    /** A POS payment always with the terminal's reference, a cash payment never with one. */
    private void collect(Order order, Optional<String> terminalReference, Instant now) {
        boolean pos = order.paymentMethod() == PaymentMethod.POS_ON_DELIVERY;
        Validator.check()
                .require(
                        !pos || terminalReference.isPresent(),
                        "terminalReference",
                        "is required for a POS_ON_DELIVERY order: the terminal's transaction reference")
                .require(
                        pos || terminalReference.isEmpty(),
                        "terminalReference",
                        "belongs to POS_ON_DELIVERY orders; a " + order.paymentMethod() + " order has no terminal")
                .done();
        Payment atTheDoor = payments.liveOf(order.uid()).orElseGet(() -> {
            // Orders placed before payments were recorded have none yet.
            Payment started = Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), now);
            payments.add(started);
            return started;
        });
        payments.update(atTheDoor.paid(terminalReference, now));
    }
}
