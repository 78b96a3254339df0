package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.application.order.CallersOrder;
import com.fooddelivery.customer.domain.card.CardExpiredException;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a payment attempt, or finds again the one the request's Idempotency-Key started, inside the
 * caller's unit of work and under the order's lock. A new attempt is refused, before anything is
 * recorded, unless the order is the caller's, waits for its money, has no other attempt under way and
 * gets the kind of card its payment method takes.
 */
final class AttemptStart {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final boolean takesBankQr;
    private final Clock clock;
    private final Charges charges;

    AttemptStart(
            OrderRepository orders, PaymentRepository payments, boolean takesBankQr, Clock clock, Charges charges) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.takesBankQr = takesBankQr;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.charges = Objects.requireNonNull(charges, "charges");
    }

    /**
     * The attempt this request started or found again.
     *
     * @throws NotFoundException when the order, or the linked card, does not exist or is someone else's
     * @throws CardExpiredException when the linked card of a new attempt is past its expiry month
     * @throws ConflictException when the order cannot be paid now
     * @throws IdempotencyKeyReusedException when the key started a payment with a different request
     */
    Started start(PayOrder.Command command) {
        Order order = CallersOrder.of(
                orders.lockByUid(command.uid()), command.caller().customerId(), command.uid());
        String fingerprint = command.fingerprint(order.paymentMethod());
        Optional<Payment> earlier = payments.byRequestKey(order.uid(), command.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().requestKey().orElseThrow().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            // Only an attempt still waiting for the processor needs the card again; its expiry was checked
            // when it started.
            Optional<Charges.Charge> again = CardAttempts.unsettled(earlier.get())
                    ? command.card().map(card -> charges.of(command.caller(), card, Optional.empty()))
                    : Optional.empty();
            return new Started(order, earlier.get(), true, again);
        }
        requirePayable(order);
        if (order.paymentMethod() == PaymentMethod.BANK_QR && !takesBankQr) {
            throw new ConflictException("This service takes no bank-app payments.");
        }
        if (order.paymentMethod() == PaymentMethod.CARD) {
            Validator.check()
                    .require(
                            command.card().isPresent(),
                            "card",
                            "a CARD order is paid with a token, a card, or a linked card and its CVC")
                    .done();
        } else if (command.card().isPresent()) {
            throw ValidationException.of(
                    "card", "is only for CARD orders; a " + order.paymentMethod() + " payment takes no body");
        }
        payments.liveOf(order.uid()).ifPresent(live -> {
            throw new ConflictException("A payment of this order is already " + live.status()
                    + "; retry that request with its own Idempotency-Key.");
        });
        Optional<Charges.Charge> charge = command.card()
                .map(card -> charges.of(
                        command.caller(), card, Optional.of(LocalDate.ofInstant(clock.instant(), clock.getZone()))));
        Payment payment = Payment.start(
                order.uid(),
                order.paymentMethod(),
                order.total(),
                new Payment.RequestKey(command.idempotencyKey(), fingerprint),
                charge.flatMap(Charges.Charge::summary),
                clock.instant());
        payments.add(payment);
        return new Started(order, payment, false, charge);
    }

    private static void requirePayable(Order order) {
        if (!order.paymentMethod().prepaid()) {
            throw new ConflictException("A " + order.paymentMethod() + " order is paid at the door, not in the app.");
        }
        if (order.status() == OrderStatus.CANCELLED) {
            throw new ConflictException("A cancelled order is not paid.");
        }
        if (order.paymentStatus() != PaymentStatus.PENDING || order.status() != OrderStatus.AWAITING_PAYMENT) {
            throw new ConflictException("This order is already paid.");
        }
    }

    /**
     * The attempt a request started or found again, and, while it waits for the processor, what to charge.
     *
     * @param replayed whether an earlier request with the same key started it
     * @param charge   what to charge, for a card attempt still waiting for the processor
     */
    record Started(Order order, Payment payment, boolean replayed, Optional<Charges.Charge> charge) {}
}
