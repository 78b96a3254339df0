package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderChanges;
import com.fooddelivery.customer.domain.event.PaymentRefunded;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles the payment of an order just cancelled, or money owed back on an attempt given up, in two steps so that
 * no row stays locked while a card processor or bank answers (decisions 0009, 0016). {@link #claim} runs inside the
 * cancelling unit of work: anything not yet paid is withdrawn, a card's hold or authentication is marked
 * {@code RELEASING}. {@link #finish} runs after the commit, outside any transaction: it asks the processor to
 * release the hold (never to capture and refund, so no money moves twice) or to send the money back, then records
 * the answer in a unit of work of its own. Shared by the customer's cancel, the unpaid-order sweep and the payment callbacks; not a use case.
 */
public class CancellationSettlement {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final Optional<BankQrIssuer> bankQr;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    /**
     * @param bankQr     refunds bank transfers; empty where the service takes no BANK_QR payments
     * @param events     where a refund is recorded for the rest of the company
     */
    @Inject
    public CancellationSettlement(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            Optional<BankQrIssuer> bankQr,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.bankQr = Objects.requireNonNull(bankQr, "bankQr");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Inside the cancelling unit of work, with {@code cancelled} locked: withdraws a payment no money
     * is behind, and claims the one another system must settle.
     *
     * @param why what the customer reads on the payment, e.g. "order cancelled"
     * @return what {@link #finish} must settle once the cancel is committed; empty when nothing is owed
     */
    public Optional<Claim> claim(Order cancelled, Instant now, String why) {
        if (cancelled.status() != OrderStatus.CANCELLED) {
            throw new IllegalArgumentException("order " + cancelled.uid() + " is not cancelled");
        }
        Optional<Payment> live = payments.liveOf(cancelled.uid());
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Payment payment = live.get();
        switch (payment.status()) {
            case PENDING -> payments.update(payment.voided(why, now));
            case REQUIRES_ACTION, AUTHORIZED -> {
                // Given up at once, so no capture or new attempt can use it; the hold is released after the commit.
                payments.update(payment.voided(why, now)
                        .releasing(
                                payment.providerReference().orElseThrow(),
                                Payment.fittedReason(why + "; the card processor is asked to release the hold"),
                                now));
                return Optional.of(new Claim(cancelled.uid(), payment.reference(), payment.status(), why));
            }
            case CAPTURING ->
                // The kitchen started and its capture is under way (decision 0014): the cancel loses the race, and
                // throwing rolls its whole unit of work back.
                throw new ConflictException("The kitchen has started this order and its card payment is being "
                        + "captured: it can no longer be cancelled.");
            case PAID -> {
                // Cash and POS were handed over at the door: the courier settles that by hand.
                return payment.method() == PaymentMethod.CARD || payment.method() == PaymentMethod.BANK_QR
                        ? Optional.of(new Claim(cancelled.uid(), payment.reference(), payment.status(), why))
                        : Optional.empty();
            }
            default -> throw new IllegalStateException("a live payment is " + payment.status());
        }
        return Optional.empty();
    }

    /**
     * Inside a unit of work, for an order cancelled before: a release or refund left owed because the processor
     * or bank did not answer (or the service stopped first), so that asking to cancel again completes it.
     *
     * @return what {@link #finish} must still settle; empty when nothing is owed
     */
    public Optional<Claim> owed(Order cancelled, String why) {
        if (cancelled.status() != OrderStatus.CANCELLED) {
            return Optional.empty();
        }
        return payments.latestOf(cancelled.uid())
                .filter(payment -> payment.status() == Payment.Status.RELEASING
                        || payment.status() == Payment.Status.REFUNDING
                        || (payment.status() == Payment.Status.PAID
                                && payment.method().prepaid()))
                .map(payment -> new Claim(cancelled.uid(), payment.reference(), payment.status(), why));
    }

    /**
     * Outside any transaction: asks the processor or bank to settle the claim, then records its answer
     * in a unit of work of its own. Asking again is harmless: the processor gets the attempt's one
     * {@code -void} or {@code -refund} key, and an answer already recorded is left as it is.
     *
     * @param claim what {@link #claim}, {@link #owed} or a payment callback left owed, after its unit of work committed
     * @return the order as it stands now, marked refunded when money went back
     * @throws com.fooddelivery.customer.domain.payment.PaymentGatewayException when the processor or bank
     *         does not answer: the order stays cancelled, the claim stays owed, and a new cancel asks again
     * @throws ConflictException when the processor refused to send paid money back
     */
    public Order finish(Claim claim) {
        Payment payment = payments.byReference(claim.payment()).orElseThrow();
        if (payment.status() == Payment.Status.RELEASING) {
            String hold = payment.providerReference().orElseThrow();
            CardProcessor.Outcome outcome =
                    cards.voidAuthorization(hold, payment.reference().voidKey());
            return unitOfWork.inTransaction(() -> {
                Order order = orders.lockByUid(claim.order()).orElseThrow();
                payments.byReference(claim.payment())
                        .filter(current -> current.status() == Payment.Status.RELEASING)
                        .ifPresent(current -> payments.update(
                                current.voidedWithHold(hold, released(claim, outcome), clock.instant())));
                return order;
            });
        }
        if (payment.status() == Payment.Status.REFUNDING) {
            return refundLateMoney(claim, payment);
        }
        if (payment.status() == Payment.Status.PAID) {
            String refund = refund(payment);
            return unitOfWork.inTransaction(() -> {
                Order order = orders.lockByUid(claim.order()).orElseThrow();
                Optional<Payment> current =
                        payments.byReference(claim.payment()).filter(paid -> paid.status() == Payment.Status.PAID);
                if (current.isEmpty()) {
                    return order;
                }
                Instant now = clock.instant();
                payments.update(current.get().refunded(refund, claim.why() + "; the money was sent back", now));
                Order refunded = order.paymentRefunded();
                orders.update(refunded);
                events.appendAll(OrderChanges.between(order, refunded, now));
                return refunded;
            });
        }
        return orders.byUid(claim.order()).orElseThrow();
    }

    /** Money that arrived for an attempt given up goes back; the order itself does not change. */
    private Order refundLateMoney(Claim claim, Payment owing) {
        String transaction = owing.providerReference().orElseThrow();
        String refund = refund(owing);
        return unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(claim.order()).orElseThrow();
            payments.byReference(claim.payment())
                    .filter(current -> current.status() == Payment.Status.REFUNDING)
                    .ifPresent(current -> {
                        Instant now = clock.instant();
                        payments.update(current.refundedOnArrival(
                                transaction, refund, claim.why() + "; the money was sent back", now));
                        events.append(new PaymentRefunded(order.uid(), current.method(), current.amount(), now));
                    });
            return order;
        });
    }

    private String refund(Payment payment) {
        if (payment.method() == PaymentMethod.CARD) {
            CardProcessor.Outcome outcome = cards.refund(
                    payment.providerReference().orElseThrow(),
                    payment.amount(),
                    payment.reference().refundKey());
            if (outcome instanceof CardProcessor.Declined refused) {
                throw new ConflictException("The order is cancelled, but the card processor refused to refund the "
                        + "payment: " + refused.reason());
            }
            return ((CardProcessor.Approved) outcome).processorReference();
        }
        return bankQr.orElseThrow(
                        () -> new IllegalStateException("a bank-QR payment exists but no BankQrIssuer is wired"))
                .refund(payment.reference(), payment.providerReference().orElse(""), payment.amount());
    }

    /** What the customer reads once the processor answered the release. */
    private static String released(Claim claim, CardProcessor.Outcome outcome) {
        boolean authentication = claim.was() == Payment.Status.REQUIRES_ACTION;
        if (outcome instanceof CardProcessor.Declined refused) {
            // A refusal means the processor keeps no such hold or attempt (released already, or a sandbox
            // that restarted): nothing to release, and the cancel stands.
            return Payment.fittedReason(claim.why()
                    + (authentication
                            ? "; the card processor had no authentication to cancel (" + refused.reason() + ")"
                            : "; the card processor refused to release the hold: " + refused.reason()));
        }
        return claim.why()
                + (authentication ? "; the card authentication was cancelled" : "; the card hold was released");
    }

    /** A payment a cancel owes a settlement with another system. */
    public record Claim(OrderUid order, PaymentReference payment, Payment.Status was, String why) {
        public Claim {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(payment, "payment");
            Objects.requireNonNull(was, "was");
            Objects.requireNonNull(why, "why");
        }
    }
}
