package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Finishes a card payment after the customer came back from authenticating (3-D Secure): asks the
 * processor how the authentication ended, outside any transaction, then settles the attempt under
 * the order's lock. An authenticated card sends the order to the kitchen; a failed authentication
 * fails the attempt with the processor's reason. Whichever settles the attempt first, this or the
 * processor's webhook, wins; the other finds it settled and changes nothing.
 */
public class CompletePayment {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final CardAttempts attempts;

    /** @param events     where every change is recorded for the rest of the company */
    @Inject
    public CompletePayment(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.attempts = new CardAttempts(orders, payments, events);
    }

    /**
     * Settles the customer's attempt as the processor now reports it, or answers with it as it stands
     * when it is no longer waiting for the cardholder.
     *
     * @throws NotFoundException       when no attempt has the reference, or it pays someone else's order
     * @throws PaymentGatewayException when the processor did not answer; nothing changed, ask again
     */
    public PayOrder.Result complete(Command command) {
        CardAttempts.Settled found = unitOfWork.inTransaction(() -> current(command));
        if (found.payment().status() != Payment.Status.REQUIRES_ACTION) {
            return result(found, false);
        }
        CardProcessor.Outcome outcome =
                cards.outcomeOf(found.payment().providerReference().orElseThrow());
        if (outcome instanceof CardProcessor.RequiresAction action) {
            // The cardholder has not finished: nothing to settle, and the app may send them back.
            return new PayOrder.Result(
                    found.payment(), found.order(), Optional.empty(), Optional.of(action.redirectUrl()), false);
        }
        return result(
                unitOfWork.inTransaction(() -> {
                    CardAttempts.Settled locked = current(command);
                    var now = clock.instant();
                    if (outcome instanceof CardProcessor.Declined declined) {
                        return attempts.declined(locked.payment(), locked.order(), declined, now);
                    }
                    return attempts.approved(locked.payment(), locked.order(), (CardProcessor.Approved) outcome, now);
                }),
                false);
    }

    /** The attempt and its order, under the order's lock, if the customer owns them. */
    private CardAttempts.Settled current(Command command) {
        Payment payment = payments.byReference(command.reference())
                .orElseThrow(() -> new NotFoundException("payment", command.reference()));
        Order order = orders.lockByUid(payment.orderUid())
                .filter(found -> found.customerId().equals(command.customer()))
                .orElseThrow(() -> new NotFoundException("payment", command.reference()));
        // Read again under the lock: a webhook may have settled it meanwhile.
        return new CardAttempts.Settled(
                payments.byReference(command.reference()).orElseThrow(), order);
    }

    private static PayOrder.Result result(CardAttempts.Settled settled, boolean replayed) {
        return new PayOrder.Result(settled.payment(), settled.order(), Optional.empty(), Optional.empty(), replayed);
    }

    /** Which attempt to finish, for whom. */
    public record Command(CustomerId customer, PaymentReference reference) {
        public Command {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(reference, "reference");
        }
    }
}
