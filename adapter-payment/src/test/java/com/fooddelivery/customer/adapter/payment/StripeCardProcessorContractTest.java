package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardProcessorContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
        return new StripeCardProcessor(new StripeAccount("sk_test_51QcontractKey", stripe.baseUrl(),
                Duration.ofSeconds(2), Duration.ofSeconds(60)));
    }

    @AfterEach
    void stopTheStandIn() {
        stripe.close();
    }
}
