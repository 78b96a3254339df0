package com.example.embedding;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Optional;

/**
 * A card processor in test mode that moves no money: the token {@code tok_visa} is approved, any
 * other token or card declined, and so would be a saved card paid with its CVC ({@link CardSource.Saved}),
 * which this processor never issues since it saves none. A team calls its real processor here, passing each idempotency key
 * on so a retried call never charges twice.
 */
public final class TestModeCardProcessor implements CardProcessor {

    @Override
    public Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey) {
        return source instanceof CardSource.Token token && token.token().equals("tok_visa")
                ? new Approved("auth_" + reference.value(), Optional.empty())
                : new Declined("card_declined");
    }

    @Override
    public Outcome outcomeOf(String processorReference) {
        // This processor never asks for authentication, so no attempt waits on one.
        return new Declined("no_such_payment");
    }

    @Override
    public Outcome capture(String processorReference, Money amount, String idempotencyKey) {
        return new Approved(processorReference, Optional.empty());
    }

    @Override
    public Outcome voidAuthorization(String processorReference, String idempotencyKey) {
        return new Approved(processorReference, Optional.empty());
    }

    @Override
    public Outcome refund(String processorReference, Money amount, String idempotencyKey) {
        return new Approved("refund_" + processorReference, Optional.empty());
    }

    @Override
    public SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey) {
        // Linked cards need a processor that keeps cards; this one keeps none.
        return new Declined("card_saving_unsupported");
    }

    @Override
    public void detachCard(String processorCardId) {
        // Nothing was ever saved, so nothing is attached.
    }
}
