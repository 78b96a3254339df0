package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
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

    enum Next { APPROVE, DECLINE, NO_ANSWER }

    Next next = Next.APPROVE;
    /** The next captures' answer: a refusal is kept under its key, as a real processor keeps it. */
    Next nextCapture = Next.APPROVE;
    /** The next releases' answer: a refusal is kept under its key, no answer keeps nothing. */
    Next nextRelease = Next.APPROVE;
    /** Runs inside the next authorisation, to let a test change the world while the processor "works". */
    Runnable during = () -> { };
    final List<String> calls = new ArrayList<>();
    final List<String> moneyMoved = new ArrayList<>();
    private final Map<String, Outcome> answers = new HashMap<>();
    private final Set<String> holds = new HashSet<>();

    @Override
    public Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey) {
        calls.add("authorize " + idempotencyKey);
        during.run();
        if (answers.containsKey(idempotencyKey)) {
            return answers.get(idempotencyKey);
        }
        if (next == Next.NO_ANSWER) {
            throw new PaymentGatewayException("timed out");
        }
        Outcome outcome = next == Next.DECLINE ? new Declined("card_declined")
                : new Approved("auth_" + idempotencyKey, Optional.of(source instanceof CardSource.Card card
                        ? card.summary() : new CardSummary("VISA", "4242")));
        if (outcome instanceof Approved approved) {
            moneyMoved.add("hold " + amount);
            holds.add(approved.processorReference());
        }
        answers.put(idempotencyKey, outcome);
        return outcome;
    }

    /** The processor holds money under {@code processorReference} although its answer never reached us. */
    void heldUnanswered(String processorReference) {
        moneyMoved.add("hold (unanswered)");
        holds.add(processorReference);
    }

    @Override
    public Outcome capture(String processorReference, Money amount, String idempotencyKey) {
        return scripted(nextCapture, "capture", processorReference, idempotencyKey, amount);
    }

    @Override
    public Outcome voidAuthorization(String processorReference, String idempotencyKey) {
        return scripted(nextRelease, "void", processorReference, idempotencyKey, null);
    }

    @Override
    public Outcome refund(String processorReference, Money amount, String idempotencyKey) {
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
        if (!holds.contains(processorReference)) {
            return new Declined("no_such_authorization");
        }
        return answers.computeIfAbsent(idempotencyKey, key -> {
            moneyMoved.add(step + (amount == null ? "" : " " + amount));
            return new Approved(step + "_" + processorReference, Optional.empty());
        });
    }
}
