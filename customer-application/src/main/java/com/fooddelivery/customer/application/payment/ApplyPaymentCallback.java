package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.event.PaymentActionRequired;
import com.fooddelivery.customer.domain.event.PaymentFailed;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a bank's or card processor's signed word about a payment, exactly once per event: money that arrived
 * (or a card hold) pays the order and sends it to the kitchen in one transaction. Money or a hold that arrives
 * for an order cancelled, or an attempt given up, meanwhile is committed as owed back (RELEASING, REFUNDING),
 * and only then sent back through {@link CancellationSettlement}, outside any transaction (decision 0016). A
 * notice whose amount, currency or reference does not match, or from another payment method's provider,
 * changes nothing.
 *
 * <p>A hold the processor gives up before the kitchen started voids the payment and sends the order back to
 * AWAITING_PAYMENT, where the unpaid-order timeout, counted from placement, cancels it if nobody pays again.
 */
public class ApplyPaymentCallback {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final PaymentNoticeVerifier callbacks;
    private final CancellationSettlement moneyBack;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    /**
     * @param cards  releases and refunds card money that arrived too late
     * @param bankQr refunds transfers that arrived too late; empty where the service takes no BANK_QR payments
     */
    @Inject
    public ApplyPaymentCallback(
            OrderRepository orders,
            PaymentRepository payments,
            PaymentNoticeVerifier callbacks,
            CardProcessor cards,
            Optional<BankQrIssuer> bankQr,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.moneyBack = new CancellationSettlement(orders, payments, cards, bankQr, unitOfWork, clock, events);
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Verifies and applies one callback, then sends back what the payment owes, asking again on a repeated
     * delivery (the sender's retry) while it is still owed.
     *
     * @return whether the callback was applied now or had been before, and to which payment
     * @throws CallbackRejectedException when the signature does not prove the sender
     * @throws ValidationException       when the notice does not match its payment
     * @throws NotFoundException         when no payment has the notice's reference
     * @throws ConflictException         when the notice is about another payment method (nothing is applied), or
     *                                   the processor refuses to refund late money (it stays owed)
     * @throws PaymentGatewayException   when the processor or bank did not answer: the money stays owed, and
     *                                   the sender's retry asks again under the same key
     */
    public Outcome apply(String provider, String signature, byte[] body) {
        Instant now = clock.instant();
        PaymentNotice notice = callbacks.verify(provider, signature, body, now);
        PaymentReference reference = PaymentReference.parse(notice.reference())
                .orElseThrow(() -> new NotFoundException("payment", notice.reference()));
        Payment found = payments.byReference(reference).orElseThrow(() -> new NotFoundException("payment", reference));
        Applied applied = unitOfWork.inTransaction(() -> applyLocked(provider, notice, found.orderUid(), now));
        if (applied.owed().isEmpty()) {
            return applied.outcome();
        }
        moneyBack.finish(applied.owed().get());
        return new Outcome(
                payments.byReference(reference).orElseThrow(), applied.outcome().applied());
    }

    /** Under the order's lock, as every change of an order's payments: the notice's effect and what it leaves owed. */
    private Applied applyLocked(String provider, PaymentNotice notice, OrderUid orderUid, Instant now) {
        Order order = orders.lockByUid(orderUid).orElseThrow();
        PaymentReference reference = PaymentReference.parse(notice.reference()).orElseThrow();
        Payment payment = payments.byReference(reference).orElseThrow();
        Validator.check()
                .require(
                        notice.amount().currency().equals(payment.amount().currency()),
                        "currency",
                        "does not match the payment")
                .require(
                        notice.amount().amount().compareTo(payment.amount().amount()) == 0,
                        "amount",
                        "does not match the payment")
                .done();
        if (payment.method() != notice.method()) {
            throw new ConflictException("Payment " + reference + " is not a " + notice.method() + " payment.");
        }
        if (payment.status() == Payment.Status.CAPTURING) {
            // The kitchen's capture is asked for right now (decision 0014); its answer decides what the notice
            // would, so the notice waits: 409 changes nothing, and the sender's redelivery finds the answer recorded.
            throw new ConflictException("Payment " + reference + " is being captured; deliver the notice again later.");
        }
        if (!payments.markEventApplied(provider, notice.eventId(), reference, now)) {
            return new Applied(new Outcome(payment, false), owedBack(payment, order));
        }
        Payment next = PaymentAfterNotice.next(payment, order, notice, now);
        if (next.equals(payment)) {
            return new Applied(new Outcome(payment, false), owedBack(payment, order));
        }
        payments.update(next);
        Order after = orderAfter(order, payment, next);
        if (!after.equals(order)) {
            orders.update(after);
        }
        record(order, after, payment, next, now);
        return new Applied(new Outcome(next, true), owedBack(next, order));
    }

    /** A hold or money the payment owes back, for {@link CancellationSettlement#finish} once committed. */
    private static Optional<CancellationSettlement.Claim> owedBack(Payment payment, Order order) {
        String givenUp = order.status() == OrderStatus.CANCELLED ? "order cancelled" : "attempt given up";
        Optional<String> why = switch (payment.status()) {
            case RELEASING -> Optional.of(givenUp + " while the card was being charged");
            case REFUNDING -> Optional.of(givenUp + " before the money arrived");
            default -> Optional.empty();
        };
        return why.map(
                reason -> new CancellationSettlement.Claim(order.uid(), payment.reference(), payment.status(), reason));
    }

    /** Appends what the callback changed: the order's steps, and a payment that failed or waits for the cardholder. */
    private void record(Order order, Order after, Payment before, Payment next, Instant now) {
        if (next.status() == Payment.Status.FAILED && before.status() != Payment.Status.FAILED) {
            events.append(new PaymentFailed(
                    order.uid(), next.method(), next.failureReason().orElse("the payment failed"), now));
        }
        if (next.status() == Payment.Status.REQUIRES_ACTION && before.status() != Payment.Status.REQUIRES_ACTION) {
            events.append(new PaymentActionRequired(order.uid(), next.method(), now));
        }
        events.appendAll(OrderChanges.between(order, after, now));
    }

    private static Order orderAfter(Order order, Payment before, Payment after) {
        if (order.status() == OrderStatus.AWAITING_PAYMENT
                && (after.status() == Payment.Status.AUTHORIZED || after.status() == Payment.Status.PAID)) {
            return order.paymentSecured(after.status() == Payment.Status.PAID);
        }
        if (before.status() == Payment.Status.AUTHORIZED
                && after.status() == Payment.Status.PAID
                && order.paymentStatus() == PaymentStatus.PENDING
                && order.status() != OrderStatus.CANCELLED) {
            return order.paymentCaptured();
        }
        if (before.status() == Payment.Status.AUTHORIZED
                && after.status() == Payment.Status.VOIDED
                && order.status() == OrderStatus.PROCESSING
                && order.paymentStatus() == PaymentStatus.PENDING) {
            // The hold expired or was cancelled on the processor's side before cooking: left PROCESSING,
            // the order could never be cooked (nothing to capture) nor would the unpaid-order sweep see it.
            return order.paymentHoldLost();
        }
        return order;
    }

    /**
     * What the callback did.
     *
     * @param applied false when the event was applied before or changed nothing recorded here
     */
    public record Outcome(Payment payment, boolean applied) {}

    /** What the notice's transaction committed, and what it left owed back. */
    private record Applied(Outcome outcome, Optional<CancellationSettlement.Claim> owed) {}
}
