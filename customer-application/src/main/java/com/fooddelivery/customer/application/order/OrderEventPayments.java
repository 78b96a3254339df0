package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.Validator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The money two of the kitchen's and the courier's reports move, inside their transaction: the kitchen's
 * start captures a card's held payment, and the courier's PAYMENT_COLLECTED pays the cash or POS payment.
 */
final class OrderEventPayments {

    private final PaymentRepository payments;
    private final CardProcessor cards;

    OrderEventPayments(PaymentRepository payments, CardProcessor cards) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /** The order after its payment was settled, or the processor's reason for refusing to capture. */
    record Settled(Order order, Optional<String> captureRefused) {}

    /** Settles what {@code command}'s event, already applied to {@code order}, asks of its payment. */
    Settled settle(Order order, RecordOrderEvent.Command command, Instant now) {
        if (command.event() == OrderEvent.COOKING_STARTED && order.paymentMethod() == PaymentMethod.CARD) {
            return capture(order, now);
        }
        if (command.event() == OrderEvent.PAYMENT_COLLECTED) {
            collect(order, command.terminalReference(), now);
        }
        return new Settled(order, Optional.empty());
    }

    private Settled capture(Order order, Instant now) {
        Payment held = payments.liveOf(order.uid())
                .filter(live -> live.status() == Payment.Status.AUTHORIZED || live.status() == Payment.Status.PAID)
                .orElseThrow(() -> new ConflictException("The card payment of this order is not authorised."));
        if (held.status() == Payment.Status.PAID) {
            // The processor's webhook reported a capture made on its side first; nothing left to take.
            return new Settled(order, Optional.empty());
        }
        CardProcessor.Outcome outcome = cards.capture(
                held.providerReference().orElseThrow(),
                held.amount(),
                held.reference().captureKey());
        if (outcome instanceof CardProcessor.Declined declined) {
            // Not to be cooked, yet PROCESSING with its hold: a refusal is no proof the hold is gone. The
            // processor's word on the hold or the customer's cancel settles it.
            payments.update(held.captureRefused(
                    Payment.fittedReason("the card processor refused to capture the held money: " + declined.reason()),
                    now));
            return new Settled(order, Optional.of(declined.reason()));
        }
        payments.update(held.paid(Optional.of(((CardProcessor.Approved) outcome).processorReference()), now));
        return new Settled(order.paymentCaptured(), Optional.empty());
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
