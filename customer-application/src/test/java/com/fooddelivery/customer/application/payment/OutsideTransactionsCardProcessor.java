package com.fooddelivery.customer.application.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/**
 * A card processor that fails the test when it is called inside a unit of work, holding the use cases to
 * {@code UnitOfWork}'s rule: no network call inside a transaction. Every call goes on to the processor it wraps.
 */
public final class OutsideTransactionsCardProcessor implements CardProcessor {

    private final CardProcessor processor;
    private final InMemoryUnitOfWork unitOfWork;

    public OutsideTransactionsCardProcessor(CardProcessor processor, InMemoryUnitOfWork unitOfWork) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey) {
        outside(unitOfWork, "authorize");
        return processor.authorize(reference, amount, source, idempotencyKey);
    }

    @Override
    public Outcome outcomeOf(String processorReference) {
        outside(unitOfWork, "outcomeOf");
        return processor.outcomeOf(processorReference);
    }

    @Override
    public Outcome capture(String processorReference, Money amount, String idempotencyKey) {
        outside(unitOfWork, "capture");
        return processor.capture(processorReference, amount, idempotencyKey);
    }

    @Override
    public Outcome voidAuthorization(String processorReference, String idempotencyKey) {
        outside(unitOfWork, "voidAuthorization");
        return processor.voidAuthorization(processorReference, idempotencyKey);
    }

    @Override
    public Outcome refund(String processorReference, Money amount, String idempotencyKey) {
        outside(unitOfWork, "refund");
        return processor.refund(processorReference, amount, idempotencyKey);
    }

    @Override
    public SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey) {
        outside(unitOfWork, "saveCard");
        return processor.saveCard(holder, source, idempotencyKey);
    }

    @Override
    public void detachCard(String processorCardId) {
        outside(unitOfWork, "detachCard");
        processor.detachCard(processorCardId);
    }

    /** Fails the test when {@code call} to a provider happens inside {@code unitOfWork}. */
    static void outside(InMemoryUnitOfWork unitOfWork, String call) {
        if (unitOfWork.isOpen()) {
            throw new AssertionError("a payment provider was called (" + call + ") inside a unit of work");
        }
    }
}
