package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardProcessorContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class SandboxCardProcessorContractTest extends CardProcessorContract {

    @Override
    protected CardProcessor processor() {
        return new SandboxCardProcessor(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }
}
