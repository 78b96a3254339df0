package com.fooddelivery.customer.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardProcessorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

class SandboxCardProcessorContractTest extends CardProcessorContract {

    private final SandboxChallenges challenges = new SandboxChallenges(Optional.empty());

    @Override
    protected CardProcessor processor() {
        return new SandboxCardProcessor(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), challenges);
    }

    @Override
    protected void authenticate(CardProcessor.RequiresAction action, boolean approve) {
        assertThat(challenges.page(action.processorReference()))
                .hasValueSatisfying(page ->
                        assertThat(page).contains(">Complete<", ">Fail<").doesNotContain(THREE_DS_CARD.number()));
        assertThat(challenges.decide(action.processorReference(), approve)).contains(action.redirectUrl());
    }
}
