package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentCallbacks;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentNotice;
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

/**
 * Applies a bank's signed word about a QR payment, exactly once per event: a transfer that arrived
 * pays the order and sends it to the kitchen in one transaction; money that arrives for an order
 * cancelled in the meantime goes straight back. A notice whose amount, currency or reference does
 * not match the payment changes nothing.
 */
public class ApplyPaymentCallback {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final PaymentCallbacks callbacks;
    private final BankQrIssuer bankQr;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    /**
     * @param orders     where orders are kept
     * @param payments   the payment attempts and applied events
     * @param callbacks  verifies signatures and reads notices
     * @param bankQr     refunds money that arrived too late
     * @param unitOfWork the transaction boundary
     * @param clock      the current time
     */
    @Inject
    public ApplyPaymentCallback(OrderRepository orders, PaymentRepository payments, PaymentCallbacks callbacks,
                                BankQrIssuer bankQr, UnitOfWork unitOfWork, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.bankQr = Objects.requireNonNull(bankQr, "bankQr");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies and applies one callback.
     *
     * @param provider  the sender named in the path
     * @param signature the signature header
     * @param body      the raw body
     * @return whether the callback was applied now or had been before, and to which payment
     * @throws CallbackRejectedException when the signature does not prove the sender
     * @throws ValidationException       when the notice does not match its payment
     * @throws NotFoundException         when no payment has the notice's reference
     */
    public Outcome apply(String provider, String signature, byte[] body) {
        Instant now = clock.instant();
        PaymentNotice notice = callbacks.verify(provider, signature, body, now);
        PaymentReference reference = PaymentReference.parse(notice.reference())
                .orElseThrow(() -> new NotFoundException("payment", notice.reference()));
        Payment found = payments.byReference(reference).orElseThrow(() -> new NotFoundException("payment", reference));
        return unitOfWork.inTransaction(() -> {
            // Every change of an order's payments happens under the order's lock.
            Order order = orders.lockByUid(found.orderUid()).orElseThrow();
            Payment payment = payments.byReference(reference).orElseThrow();
            Validator.check()
                    .require(notice.amount().currency().equals(payment.amount().currency()), "currency",
                            "does not match the payment")
                    .require(notice.amount().amount().compareTo(payment.amount().amount()) == 0, "amount",
                            "does not match the payment")
                    .done();
            if (payment.method() != PaymentMethod.BANK_QR) {
                throw new ConflictException("Payment " + reference + " is not paid by bank transfer.");
            }
            if (!payments.markEventApplied(provider, notice.eventId(), reference, now)) {
                return new Outcome(payment, false);
            }
            Payment next = next(payment, order, notice, now);
            if (next.equals(payment)) {
                return new Outcome(payment, false);
            }
            payments.update(next);
            if (next.status() == Payment.Status.PAID && order.status() == OrderStatus.AWAITING_PAYMENT) {
                orders.update(order.paymentSecured(true));
            }
            return new Outcome(next, true);
        });
    }

    private Payment next(Payment payment, Order order, PaymentNotice notice, Instant now) {
        String transaction = notice.transactionReference().orElse(notice.eventId());
        if (!notice.succeeded()) {
            return payment.status() == Payment.Status.PENDING
                    ? payment.failed(notice.failureReason().orElse("the bank reported a failed transfer"), now)
                    : payment;
        }
        return switch (payment.status()) {
            case PENDING -> order.status() == OrderStatus.AWAITING_PAYMENT
                    ? payment.paid(notice.transactionReference(), now)
                    : refundOnArrival(payment.voided("order cancelled before the money arrived", now), transaction, now);
            case VOIDED, FAILED -> refundOnArrival(payment, transaction, now);
            default -> payment;
        };
    }

    private Payment refundOnArrival(Payment payment, String transaction, Instant now) {
        bankQr.refund(payment.reference(), transaction, payment.amount());
        return payment.refundedOnArrival(transaction, "money arrived after the order was cancelled and was sent back",
                now);
    }

    /**
     * What the callback did.
     *
     * @param payment the payment after it
     * @param applied false when the event was applied before or changed nothing
     */
    public record Outcome(Payment payment, boolean applied) {
    }
}
