package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.card.CardExpiredException;
import com.fooddelivery.customer.domain.card.FindLinkedCard;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent.PaymentActionRequired;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
 * authorisation is released at once, and the hold is recorded on the voided attempt; should the
 * processor not confirm the release, a retry with the same Idempotency-Key asks again, under the
 * same idempotency key at the processor.
 */
public class PayOrder {

    private static final String CANCELLED_WHILE_CHARGED = "order cancelled while the card was being charged";

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CardProcessor cards;
    private final Optional<BankQrIssuer> bankQr;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;
    private final CardAttempts attempts;
    private final FindLinkedCard linkedCards;

    /**
     * @param orders     where orders are kept
     * @param payments   the payment attempts
     * @param cards      the card processor
     * @param bankQr     issues the bank-app QR codes; empty where the service takes no BANK_QR payments
     * @param unitOfWork the transaction boundary
     * @param clock      the current time
     * @param events     where every change is recorded for the rest of the company
     * @param linkedCards the customers' linked cards, to pay with one
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
        this.events = Objects.requireNonNull(events, "events");
        this.attempts = new CardAttempts(orders, payments, events);
        this.linkedCards = Objects.requireNonNull(linkedCards, "linkedCards");
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
        Started started = unitOfWork.inTransaction(() -> start(command));
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
            return retryRelease(payment);
        }
        if (payment.status() != Payment.Status.PENDING && payment.status() != Payment.Status.REQUIRES_ACTION) {
            return new Result(payment, started.order(), Optional.empty(), Optional.empty(), true);
        }
        // A retry of an attempt waiting for the cardholder asks again under the same key: the processor
        // answers with its first answer, and so with where to send the customer.
        CardProcessor.Outcome outcome;
        try {
            outcome = cards.authorize(
                    payment.reference(),
                    payment.amount(),
                    started.charge().orElseThrow().source(),
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
        Recorded recorded = unitOfWork.inTransaction(() -> record(payment, outcome, started.replayed()));
        recorded.release().ifPresent(PayOrder::answerWith);
        return recorded.result();
    }

    /** Asks the processor again to release a hold whose release it never confirmed. */
    private Result retryRelease(Payment attempt) {
        Recorded recorded = unitOfWork.inTransaction(() -> {
            Order order = orders.lockByUid(attempt.orderUid()).orElseThrow();
            Payment current = payments.byReference(attempt.reference()).orElseThrow();
            if (current.status() != Payment.Status.RELEASING) {
                // A racing retry, or the processor's own word, settled it first.
                return new Recorded(
                        new Result(current, order, Optional.empty(), Optional.empty(), true), Optional.empty());
            }
            String hold = current.providerReference().orElseThrow();
            Release release = release(hold, current);
            Payment next = release.record(current, hold, clock.instant());
            payments.update(next);
            return new Recorded(
                    new Result(next, order, Optional.empty(), Optional.empty(), true), Optional.of(release));
        });
        recorded.release().ifPresent(PayOrder::answerWith);
        return recorded.result();
    }

    private Started start(Command command) {
        Order order = orders.lockByUid(command.uid())
                .filter(found -> found.customerId().equals(command.caller().customerId()))
                .orElseThrow(() -> new NotFoundException("order", command.uid()));
        String fingerprint = command.fingerprint(order.paymentMethod());
        Optional<Payment> earlier = payments.byRequestKey(order.uid(), command.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().requestKey().orElseThrow().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            // Only an attempt still waiting for the processor needs the card again; its expiry was checked
            // when it started.
            Optional<Charge> again = CardAttempts.unsettled(earlier.get())
                    ? command.card().map(card -> charge(command.caller(), card, Optional.empty()))
                    : Optional.empty();
            return new Started(order, earlier.get(), true, again);
        }
        requirePayable(order);
        if (order.paymentMethod() == PaymentMethod.BANK_QR && bankQr.isEmpty()) {
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
        Optional<Charge> charge = command.card()
                .map(card -> charge(
                        command.caller(), card, Optional.of(LocalDate.ofInstant(clock.instant(), clock.getZone()))));
        Payment payment = Payment.start(
                order.uid(),
                order.paymentMethod(),
                order.total(),
                new Payment.RequestKey(command.idempotencyKey(), fingerprint),
                charge.flatMap(Charge::summary),
                clock.instant());
        payments.add(payment);
        return new Started(order, payment, false, charge);
    }

    /**
     * What the processor charges for the customer's card: a token or card as sent, a linked card as the
     * processor's saved card with the CVC typed for this payment.
     *
     * @param today the day to check a linked card's expiry on; empty for an attempt already started
     * @throws NotFoundException when the linked card is unknown or another customer's
     * @throws CardExpiredException when the linked card is expired on {@code today}
     */
    private Charge charge(Caller caller, PaymentCard card, Optional<LocalDate> today) {
        if (card instanceof CardSource.Card details) {
            return new Charge(details, Optional.of(details.summary()));
        }
        if (card instanceof CardSource.Token token) {
            return new Charge(token, Optional.empty());
        }
        PaymentCard.Linked linked = (PaymentCard.Linked) card;
        LinkedCard found = linkedCards
                .find(caller.customerId(), linked.card())
                .orElseThrow(() -> new NotFoundException("card", linked.card().value()));
        if (today.isPresent() && found.isExpiredOn(today.get())) {
            throw new CardExpiredException(found);
        }
        return new Charge(
                new CardSource.Saved(found.processorCustomerId(), found.processorCardId(), linked.cvc()),
                Optional.of(found.summary()));
    }

    private Recorded record(Payment attempt, CardProcessor.Outcome outcome, boolean replayed) {
        Order order = orders.lockByUid(attempt.orderUid()).orElseThrow();
        Payment current = payments.byReference(attempt.reference()).orElseThrow();
        var now = clock.instant();
        if (outcome instanceof CardProcessor.Declined declined) {
            CardAttempts.Settled settled = attempts.declined(current, order, declined, now);
            return new Recorded(
                    new Result(settled.payment(), order, Optional.empty(), Optional.empty(), replayed),
                    Optional.empty());
        }
        if (outcome instanceof CardProcessor.RequiresAction action) {
            Optional<Recorded> waiting = awaitAuthentication(current, order, action, replayed, now);
            if (waiting.isPresent()) {
                return waiting.get();
            }
            return releaseForCancelled(
                    current,
                    order,
                    action.processorReference(),
                    pending -> pending.requiresAction(action.processorReference(), now),
                    replayed,
                    now);
        }
        CardProcessor.Approved approved = (CardProcessor.Approved) outcome;
        if (current.status() == Payment.Status.PENDING && order.status() == OrderStatus.AWAITING_PAYMENT) {
            CardAttempts.Settled settled = attempts.approved(current, order, approved, now);
            return new Recorded(
                    new Result(settled.payment(), settled.order(), Optional.empty(), Optional.empty(), replayed),
                    Optional.empty());
        }
        if (current.status() == Payment.Status.AUTHORIZED || current.status() == Payment.Status.PAID) {
            // A racing retry with the same key got here first.
            return new Recorded(new Result(current, order, Optional.empty(), Optional.empty(), true), Optional.empty());
        }
        return releaseForCancelled(
                current,
                order,
                approved.processorReference(),
                pending -> pending.authorized(approved.processorReference(), approved.card(), now),
                replayed,
                now);
    }

    /**
     * The processor wants the cardholder to authenticate: the attempt waits for them, and the answer
     * says where to send them. Empty when the order was cancelled while the processor worked.
     */
    private Optional<Recorded> awaitAuthentication(
            Payment current, Order order, CardProcessor.RequiresAction action, boolean replayed, Instant now) {
        Optional<String> url = Optional.of(action.redirectUrl());
        if (current.status() == Payment.Status.PENDING && order.status() == OrderStatus.AWAITING_PAYMENT) {
            Payment waiting = current.requiresAction(action.processorReference(), now);
            payments.update(waiting);
            events.append(new PaymentActionRequired(order.uid(), waiting.method(), now));
            return Optional.of(
                    new Recorded(new Result(waiting, order, Optional.empty(), url, replayed), Optional.empty()));
        }
        if (current.status() == Payment.Status.REQUIRES_ACTION) {
            return Optional.of(new Recorded(new Result(current, order, Optional.empty(), url, true), Optional.empty()));
        }
        if (current.status().live()) {
            // Settled meanwhile (the cardholder authenticated and the webhook came first).
            return Optional.of(new Recorded(
                    new Result(current, order, Optional.empty(), Optional.empty(), true), Optional.empty()));
        }
        return Optional.empty();
    }

    /**
     * The order was cancelled (by the customer or for want of payment) while the processor worked: its
     * hold, or its authentication under way, is released. The processor's reference is recorded
     * whatever the release's answer, so that a release left unconfirmed can be asked for again by a retry.
     */
    private Recorded releaseForCancelled(
            Payment current, Order order, String hold, UnaryOperator<Payment> answered, boolean replayed, Instant now) {
        Release release = release(hold, current);
        Payment next = current;
        if (next.status() == Payment.Status.PENDING) {
            next = answered.apply(next).voided(CANCELLED_WHILE_CHARGED, now);
        }
        if (next.status() == Payment.Status.VOIDED || next.status() == Payment.Status.RELEASING) {
            next = release.record(next, hold, now);
            payments.update(next);
        }
        return new Recorded(
                new Result(next, order, Optional.empty(), Optional.empty(), replayed), Optional.of(release));
    }

    /**
     * Releases the hold of an attempt whose order was cancelled while the processor worked, under the
     * attempt's one {@code -void} key, so asking again is harmless.
     */
    private Release release(String hold, Payment attempt) {
        try {
            CardProcessor.Outcome outcome = cards.voidAuthorization(hold, attempt.reference() + "-void");
            if (outcome instanceof CardProcessor.Declined refused) {
                // Asking again under the same key would get the same refusal: the attempt is settled as voided.
                return new Release(
                        true,
                        Payment.fittedReason(CANCELLED_WHILE_CHARGED
                                + "; the card processor refused to release the hold: " + refused.reason()),
                        new ConflictException("The order was cancelled and the card processor refused to release "
                                + "the hold: " + refused.reason()));
            }
            return new Release(
                    true,
                    CANCELLED_WHILE_CHARGED + "; the hold was released",
                    new ConflictException(
                            "The order was cancelled while the card was being charged; the hold was released."));
        } catch (PaymentGatewayException unanswered) {
            return new Release(
                    false,
                    CANCELLED_WHILE_CHARGED
                            + "; the card processor has not confirmed releasing the hold: retry with the same Idempotency-Key",
                    unanswered);
        }
    }

    /** The request's answer once the release is recorded: the order is cancelled either way. */
    private static void answerWith(Release release) {
        throw release.answer();
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

    /** The attempt a request started or found again, and, while it waits for the processor, what to charge. */
    private record Started(Order order, Payment payment, boolean replayed, Optional<Charge> charge) {}

    /** What the processor is asked to charge, and the brand and last four the attempt keeps, when known here. */
    private record Charge(CardSource source, Optional<CardSummary> summary) {}

    /**
     * How the release of a hold went.
     *
     * @param answered whether the processor answered (released, or refused for good)
     * @param reason   what the attempt says about it
     * @param answer   what the request answers once that is recorded
     */
    private record Release(boolean answered, String reason, RuntimeException answer) {

        /** The given-up attempt with its hold: voided once the processor answered, else still releasing. */
        Payment record(Payment givenUp, String hold, Instant at) {
            return answered ? givenUp.voidedWithHold(hold, reason, at) : givenUp.releasing(hold, reason, at);
        }
    }

    /** What a transaction recorded, and the release to answer with once it is committed. */
    private record Recorded(Result result, Optional<Release> release) {}

    /**
     * A payment as the customer starts it.
     *
     * @param caller         who pays
     * @param uid            which order
     * @param idempotencyKey the client's key for this request, 1 to 255 visible ASCII characters
     * @param card           for CARD orders the token, the card, or a linked card with its CVC; empty for BANK_QR
     */
    public record Command(Caller caller, OrderUid uid, String idempotencyKey, Optional<PaymentCard> card) {

        /**
         * Requires the caller, the order and a well-formed idempotency key, so an attempt can always be found
         * again by its key.
         *
         * @param caller who pays
         * @param uid which order
         * @param idempotencyKey the client's key for this request, 1 to 255 visible ASCII characters
         * @param card for CARD orders the card to pay with; empty for BANK_QR
         * @throws ValidationException on field {@code idempotencyKey}
         */
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(card, "card");
            Validator.check()
                    .require(
                            idempotencyKey != null && idempotencyKey.matches("[\\x21-\\x7E]{1,255}"),
                            "idempotencyKey",
                            "must be 1 to 255 visible ASCII characters")
                    .done();
        }

        /**
         * A digest of the request, to tell a retry from a different request under the same key. It
         * covers the card's last four digits, expiry and holder, or the linked card's id, never a number or CVC.
         */
        String fingerprint(PaymentMethod method) {
            String source = card.map(Command::identity).orElse("none");
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest((method + "\n" + source).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
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
     * @param payment   the attempt
     * @param order     the order after it
     * @param qrPayload for BANK_QR, what the banking app scans
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
