package com.fooddelivery.customer.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryEventSignalsTest {

    @Test
    void aSignalReachesEveryOpenSubscriptionAndNoClosedOne() {
        InMemoryEventSignals signals = new InMemoryEventSignals();
        AtomicInteger heard = new AtomicInteger();
        EventSignals.Subscription first = signals.subscribe(heard::incrementAndGet);
        try (EventSignals.Subscription second = signals.subscribe(heard::incrementAndGet)) {
            signals.signal();
            assertThat(heard).hasValue(2);
        }
        signals.signal();

        assertThat(heard).hasValue(3);
        first.close();
        assertThat(signals.subscribers()).isZero();
    }
}
