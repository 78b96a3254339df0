package com.fooddelivery.customer.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardProcessorContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The Stripe adapter keeps the port's promises, over sockets, against a stand-in that keeps Stripe's state. */
class StripeCardProcessorContractTest extends CardProcessorContract {

    private StripeStandIn stripe;

    @Override
    protected CardProcessor processor() {
        try {
            stripe = new StripeStandIn();
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
        return new StripeCardProcessor(
                new StripeAccount(
                        "sk_test_51QcontractKey", stripe.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(60)),
                Optional.of("https://app.example/paid"));
    }

    @Override
    protected void authenticate(CardProcessor.RequiresAction action, boolean approve) {
        assertThat(stripe.lastCreate())
                .containsEntry("payment_method_options[card][request_three_d_secure]", "automatic")
                .containsKey("return_url")
                .doesNotContainKey("error_on_requires_action");
        assertThat(stripe.lastCreate().get("return_url")).startsWith("https://app.example/paid?payment_reference=");
        stripe.authenticate(action.processorReference(), approve);
    }

    @Override
    protected void assertDetached(String processorCardId) {
        assertThat(stripe.attached()).doesNotContainKey(processorCardId);
    }

    @Override
    protected void assertCvcSentForCheck(CardProcessor.Saved saved, String cvc) {
        // The CVC goes to Stripe's token endpoint only; the PaymentIntent names the customer, the saved card
        // and the CVC token, and asks Stripe to check the CVC.
        assertThat(stripe.lastToken()).containsEntry("cvc_update[cvc]", cvc);
        assertThat(stripe.lastCreate())
                .containsEntry("customer", saved.processorCustomerId())
                .containsEntry("payment_method", saved.processorCardId())
                .containsEntry("payment_method_options[card][require_cvc_recollection]", "true")
                .containsKey("payment_method_options[card][cvc_token]")
                .doesNotContainValue(cvc);
    }

    @AfterEach
    void stopTheStandIn() {
        stripe.close();
    }
}
