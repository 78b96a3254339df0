package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A card processor that behaves as real ones promise: one answer per idempotency key. Tests script
 * the next authorisation's answer and read which calls were made and which moved money.
 */
public final class FakeCardProcessor implements CardProcessor {

    enum Next {
        APPROVE,
        DECLINE,
        NO_ANSWER,
        REQUIRE_ACTION
    }

    Next next = Next.APPROVE;
    /** The next captures' answer: a refusal is kept under its key, as a real processor keeps it. */
    Next nextCapture = Next.APPROVE;
    /** The next releases' answer: a refusal is kept under its key, no answer keeps nothing. */
    Next nextRelease = Next.APPROVE;
    /** Runs inside the next authorisation, to let a test change the world while the processor "works". */
    Runnable during = () -> {};
    /** Runs at every capture, before the answer: lets a test race the kitchen's capture. */
    Runnable duringCapture = () -> {};
    /** Runs at every release and refund, before the answer: lets a test look at what the caller holds meanwhile. */
    Runnable duringSettlement = () -> {};

    final List<String> calls = new ArrayList<>();
    final List<String> moneyMoved = new ArrayList<>();
    /** What the last authorisation was asked to charge, to see that a linked card's CVC reached the processor. */
    CardSource lastSource;

    private final Map<String, Outcome> answers = new HashMap<>();
    private final Set<String> holds = new HashSet<>();
    /** Attempts waiting for the cardholder, then their outcome once the cardholder acted. */
    private final Map<String, Outcome> challenges = new HashMap<>();

    private final Map<String, CardSource> challengeCards = new HashMap<>();

    /**
     * The cardholder completes or fails the challenge of {@code processorReference}.
     *
     * @param processorReference the attempt waiting for them
     * @param approve whether they authenticate
     */
    void authenticate(String processorReference, boolean approve) {
        if (!approve) {
            challenges.put(processorReference, new Declined("authentication_failed"));
            return;
        }
        moneyMoved.add("hold (authenticated)");
        holds.add(processorReference);
        CardSource source = challengeCards.get(processorReference);
        challenges.put(
                processorReference,
                new Approved(
                        processorReference,
                        Optional.of(
                                source instanceof CardSource.Card card
                                        ? card.summary()
                                        : new CardSummary("VISA", "3184"))));
    }

    @Override
    public Outcome outcomeOf(String processorReference) {
        calls.add("outcome " + processorReference);
        if (next == Next.NO_ANSWER) {
            throw new PaymentGatewayException("timed out");
        }
        return challenges.getOrDefault(processorReference, new Declined("no_such_payment"));
    }

    @Override
    public Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey) {
        calls.add("authorize " + idempotencyKey);
        lastSource = source;
        during.run();
        if (answers.containsKey(idempotencyKey)) {
            return answers.get(idempotencyKey);
        }
        if (next == Next.NO_ANSWER) {
            throw new PaymentGatewayException("timed out");
        }
        if (source instanceof CardSource.Saved saved && !attached.containsKey(saved.processorCardId())) {
            return new Declined("no_such_payment_method");
        }
        if (next == Next.REQUIRE_ACTION) {
            RequiresAction action =
                    new RequiresAction("pi_" + idempotencyKey, "https://bank.test/3ds/" + idempotencyKey);
            challenges.put(action.processorReference(), action);
            challengeCards.put(action.processorReference(), source);
            answers.put(idempotencyKey, action);
            return action;
        }
        Outcome outcome = next == Next.DECLINE
                ? new Declined("card_declined")
                : new Approved(
                        "auth_" + idempotencyKey,
                        Optional.of(
                                source instanceof CardSource.Card card
                                        ? card.summary()
                                        : new CardSummary("VISA", "4242")));
        if (outcome instanceof Approved approved) {
            moneyMoved.add("hold " + amount);
            holds.add(approved.processorReference());
        }
        answers.put(idempotencyKey, outcome);
        return outcome;
    }

    /** Saved cards still attached at the processor, by id, with the processor's customer id. */
    final Map<String, String> attached = new HashMap<>();

    @Override
    public SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey) {
        calls.add("save " + idempotencyKey);
        if (next == Next.NO_ANSWER) {
            throw new PaymentGatewayException("timed out");
        }
        if (source instanceof CardSource.Saved) {
            return new Declined("already_saved");
        }
        if (next != Next.APPROVE) {
            return new Declined(next == Next.DECLINE ? "card_declined" : "authentication_required");
        }
        String customer = holder.processorCustomerId().orElse("cus_" + holder.customerRef());
        String id = "pm_" + idempotencyKey;
        attached.put(id, customer);
        return source instanceof CardSource.Card card
                ? new Saved(id, customer, card.summary(), YearMonth.of(card.expYear(), card.expMonth()))
                : new Saved(id, customer, new CardSummary("VISA", "4242"), YearMonth.of(2030, 12));
    }

    @Override
    public void detachCard(String processorCardId) {
        calls.add("detach " + processorCardId);
        if (next == Next.NO_ANSWER) {
            throw new PaymentGatewayException("timed out");
        }
        attached.remove(processorCardId);
    }

    /** The processor holds money under {@code processorReference} although its answer never reached us. */
    void heldUnanswered(String processorReference) {
        moneyMoved.add("hold (unanswered)");
        holds.add(processorReference);
    }

    @Override
    public Outcome capture(String processorReference, Money amount, String idempotencyKey) {
        duringCapture.run();
        return scripted(nextCapture, "capture", processorReference, idempotencyKey, amount);
    }

    @Override
    public Outcome voidAuthorization(String processorReference, String idempotencyKey) {
        duringSettlement.run();
        return scripted(nextRelease, "void", processorReference, idempotencyKey, null);
    }

    @Override
    public Outcome refund(String processorReference, Money amount, String idempotencyKey) {
        duringSettlement.run();
        return once("refund", processorReference, idempotencyKey, amount);
    }

    private Outcome scripted(Next answer, String step, String processorReference, String idempotencyKey, Money amount) {
        if (answer == Next.APPROVE || answers.containsKey(idempotencyKey)) {
            return once(step, processorReference, idempotencyKey, amount);
        }
        calls.add(step + " " + processorReference);
        if (answer == Next.NO_ANSWER) {
            throw new PaymentGatewayException("timed out");
        }
        Outcome refused = new Declined("processing_error");
        answers.put(idempotencyKey, refused);
        return refused;
    }

    private Outcome once(String step, String processorReference, String idempotencyKey, Money amount) {
        calls.add(step + " " + processorReference);
        if (step.equals("void") && challenges.get(processorReference) instanceof RequiresAction) {
            // An authentication never finished is given up: nothing was held.
            challenges.put(processorReference, new Declined("canceled"));
            return answers.computeIfAbsent(
                    idempotencyKey, key -> new Approved("void_" + processorReference, Optional.empty()));
        }
        if (!holds.contains(processorReference)) {
            return new Declined("no_such_authorization");
        }
        return answers.computeIfAbsent(idempotencyKey, key -> {
            moneyMoved.add(step + (amount == null ? "" : " " + amount));
            return new Approved(step + "_" + processorReference, Optional.empty());
        });
    }
}
