package com.fooddelivery.customer.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardProcessorContract;

/** The use-case tests' fake keeps the port's promises, so what they prove holds for real processors. */
class FakeCardProcessorContractTest extends CardProcessorContract {

    private FakeCardProcessor fake;

    @Override
    protected CardProcessor processor() {
        fake = new FakeCardProcessor();
        return fake;
    }

    @Override
    protected void declineNextAuthorisation() {
        fake.next = FakeCardProcessor.Next.DECLINE;
    }

    @Override
    protected void requireAuthenticationNext() {
        fake.next = FakeCardProcessor.Next.REQUIRE_ACTION;
    }

    @Override
    protected void assertDetached(String processorCardId) {
        assertThat(fake.attached).doesNotContainKey(processorCardId);
    }

    @Override
    protected void authenticate(CardProcessor.RequiresAction action, boolean approve) {
        fake.authenticate(action.processorReference(), approve);
    }
}
