package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor.Approved;
import com.fooddelivery.customer.domain.payment.CardProcessor.Declined;
import com.fooddelivery.customer.domain.payment.CardProcessor.Outcome;
import com.fooddelivery.customer.domain.payment.CardProcessor.RequiresAction;
import com.fooddelivery.customer.domain.payment.CardProcessor.SaveOutcome;
import com.fooddelivery.customer.domain.payment.CardProcessor.Saved;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * What Stripe's PaymentIntents and SetupIntents mean for the card-processor port, once created or
 * retrieved: a hold, a challenge for the cardholder, a card filed, or a refusal with its code.
 */
final class StripeOutcomes {

    private StripeOutcomes() {}

    /** What a PaymentIntent's status means for the port, after creating or retrieving it. */
    static Outcome outcome(PaymentIntent intent) {
        return switch (intent.getStatus()) {
            case "requires_capture" -> new Approved(intent.getId(), summary(intent));
            case "requires_action" -> redirect(intent);
            case "requires_payment_method", "canceled" ->
                new Declined(StripeCalls.reason(intent.getLastPaymentError(), intent.getStatus()));
            default ->
                throw new PaymentGatewayException(
                        "Stripe left the authorisation " + intent.getStatus() + "; its webhook will settle it");
        };
    }

    /** Where Stripe sends the cardholder to authenticate; a challenge without a page is one we cannot show. */
    private static Outcome redirect(PaymentIntent intent) {
        PaymentIntent.NextAction next = intent.getNextAction();
        if (next == null
                || next.getRedirectToUrl() == null
                || next.getRedirectToUrl().getUrl() == null) {
            return new Declined("authentication_required");
        }
        return new RequiresAction(intent.getId(), next.getRedirectToUrl().getUrl());
    }

    /** What a confirmed SetupIntent means for the port: the card filed, or why not. */
    static SaveOutcome saved(String customer, SetupIntent intent) {
        PaymentMethod method = intent.getPaymentMethodObject();
        return switch (intent.getStatus()) {
            case "succeeded" ->
                method == null || method.getCard() == null
                        ? new Declined("payment_method_unknown")
                        : new Saved(
                                method.getId(),
                                customer,
                                new CardSummary(
                                        method.getCard().getBrand().toUpperCase(Locale.ROOT),
                                        method.getCard().getLast4()),
                                YearMonth.of(
                                        Math.toIntExact(method.getCard().getExpYear()),
                                        Math.toIntExact(method.getCard().getExpMonth())));
            case "requires_action" -> new Declined("authentication_required");
            case "requires_payment_method", "canceled" ->
                new Declined(StripeCalls.reason(intent.getLastSetupError(), intent.getStatus()));
            default -> throw new PaymentGatewayException("Stripe left the card's SetupIntent " + intent.getStatus());
        };
    }

    private static Optional<CardSummary> summary(PaymentIntent intent) {
        PaymentMethod method = intent.getPaymentMethodObject();
        if (method == null
                || method.getCard() == null
                || method.getCard().getLast4() == null
                || method.getCard().getBrand() == null) {
            return Optional.empty();
        }
        return Optional.of(new CardSummary(
                method.getCard().getBrand().toUpperCase(Locale.ROOT),
                method.getCard().getLast4()));
    }
}
