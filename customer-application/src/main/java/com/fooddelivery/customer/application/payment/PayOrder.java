package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.card.CardExpiredException;
import com.fooddelivery.customer.domain.card.FindLinkedCard;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKey;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.Sha256;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts, or retries, the payment of an order waiting for its money. A bank-QR payment answers with
 * the QR payload at once; a card payment is authorised by the processor, and the order goes to the
 * kitchen in the same transaction that records the authorisation. A linked card is paid with the CVC
 * typed again, which goes to the processor for the issuer's check and is kept nowhere; an expired
 * linked card is refused before anything is recorded.
 *
 * <p>The processor is called outside any transaction (no row stays locked while it works), under
 * our payment reference as its idempotency key. A retry with the same Idempotency-Key finds the same
 * attempt and, if the processor never answered, asks it again under the same key, so the card is
 * never charged twice. If the order was cancelled while the processor worked, the fresh
 * authorisation is given up and committed as owing its release, and only then is the processor asked
 * to release it, outside any transaction; should the processor not confirm the release, a retry with
 * the same Idempotency-Key asks again, under the same idempotency key at the processor.
 */
public class PayOrder {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final Optional<BankQrIssuer> bankQr;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final AttemptStart starts;
    private final AuthorizationAnswers answers;
    private final HoldRelease holds;

    /**
     * @param bankQr     issues the bank-app QR codes; empty where the service takes no BANK_QR payments
     * @param events     where every change is recorded for the rest of the company
     */
    @Inject
    public PayOrder(
            OrderRepository orders,
            PaymentRepository payments,
            CardProcessor cards,
            Optional<BankQrIssuer> bankQr,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events,
            FindLinkedCard linkedCards) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.bankQr = Objects.requireNonNull(bankQr, "bankQr");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        this.starts = new AttemptStart(
                orders,
                payments,
                bankQr.isPresent(),
                clock,
                new Charges(Objects.requireNonNull(linkedCards, "linkedCards")));
        this.holds = new HoldRelease(orders, payments, cards, unitOfWork, clock);
        this.answers = new AuthorizationAnswers(
                orders, payments, clock, events, new CardAttempts(orders, payments, events), holds);
    }

    /**
     * Pays the caller's order, or answers as the first request with this key did.
     *
     * @param command the order, the key and, for a card, its token or number
     * @return the attempt, new or the one this key started, and where the order stands
     * @throws NotFoundException              when the order, or the linked card, does not exist or is someone else's
     * @throws CardExpiredException           when the linked card is past its expiry month; nothing is recorded
     * @throws ConflictException              when the order is paid, cancelled, paid at the door, or another
     *                                        attempt is under way, or was cancelled while the processor worked
     *                                        (the hold is released, or the processor refused to release it)
     * @throws IdempotencyKeyReusedException when the key started a payment with a different request
     * @throws PaymentGatewayException        when the processor did not answer; the attempt stays pending
     *                                        and the same request may be retried. Likewise when it did not
     *                                        answer the release of a hold whose order was cancelled meanwhile:
     *                                        the same request asks again
     */
    public Result pay(Command command) {
        AttemptStart.Started started = unitOfWork.inTransaction(() -> starts.start(command));
        Payment payment = started.payment();
        if (payment.method() == PaymentMethod.BANK_QR) {
            return new Result(
                    payment,
                    started.order(),
                    Optional.of(bankQr.orElseThrow().payload(payment.reference(), payment.amount())),
                    Optional.empty(),
                    started.replayed());
        }
        if (payment.status() == Payment.Status.RELEASING) {
            return holds.retry(payment);
        }
        if (payment.status() != Payment.Status.PENDING && payment.status() != Payment.Status.REQUIRES_ACTION) {
            return new Result(payment, started.order(), Optional.empty(), Optional.empty(), true);
        }
        CardProcessor.Outcome outcome =
                authorize(command, payment, started.charge().orElseThrow().source());
        Recorded recorded = unitOfWork.inTransaction(() -> answers.record(payment, outcome, started.replayed()));
        return recorded.owed().isPresent() ? holds.settle(recorded.owed().get()) : recorded.result();
    }

    /**
     * Asks the processor, outside any transaction, under the attempt's reference as its idempotency key.
     * A retry of an attempt waiting for the cardholder asks again under the same key: the processor
     * answers with its first answer, and so with where to send the customer. Without an answer, a
     * pending attempt says so and stays pending for the same request to retry.
     */
    private CardProcessor.Outcome authorize(Command command, Payment payment, CardSource source) {
        try {
            return cards.authorize(
                    payment.reference(),
                    payment.amount(),
                    source,
                    payment.reference().value());
        } catch (PaymentGatewayException unanswered) {
            unitOfWork.inTransaction(() -> {
                orders.lockByUid(command.uid());
                payments.byReference(payment.reference())
                        .filter(current -> current.status() == Payment.Status.PENDING)
                        .ifPresent(current -> payments.update(current.unanswered(
                                "the card processor did not answer; retry with the same Idempotency-Key",
                                clock.instant())));
                return null;
            });
            throw unanswered;
        }
    }

    /**
     * A payment as the customer starts it.
     *
     * @param idempotencyKey the client's key for this request (see {@link IdempotencyKey})
     * @param card           for CARD orders the token, the card, or a linked card with its CVC; empty for BANK_QR
     */
    public record Command(Caller caller, OrderUid uid, String idempotencyKey, Optional<PaymentCard> card) {

        /**
         * Requires the caller, the order and a well-formed idempotency key, so an attempt can always be found
         * again by its key.
         *
         * @throws ValidationException on field {@code idempotencyKey}
         */
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(card, "card");
            new IdempotencyKey(idempotencyKey);
        }

        /**
         * A digest of the request, to tell a retry from a different request under the same key. It
         * covers the card's last four digits, expiry and holder, or the linked card's id, never a number or CVC.
         */
        String fingerprint(PaymentMethod method) {
            String source = card.map(Command::identity).orElse("none");
            return Sha256.hex(method + "\n" + source);
        }

        private static String identity(PaymentCard card) {
            if (card instanceof CardSource.Card c) {
                return "card:" + c.summary().last4() + ":" + c.expMonth() + "/" + c.expYear() + ":" + c.holder();
            }
            if (card instanceof CardSource.Token token) {
                return "token:" + token.token();
            }
            return "linked:" + ((PaymentCard.Linked) card).card().value();
        }
    }

    /**
     * The attempt as it stands.
     *
     * @param authenticationUrl for a card that needs 3-D Secure, where the customer authenticates
     * @param replayed  whether an earlier request with the same key started it
     */
    public record Result(
            Payment payment,
            Order order,
            Optional<String> qrPayload,
            Optional<String> authenticationUrl,
            boolean replayed) {}
}
