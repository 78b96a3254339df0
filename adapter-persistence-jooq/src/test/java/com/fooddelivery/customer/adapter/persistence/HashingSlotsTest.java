package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashingSlotsTest {

    @Test
    void aHashBeyondTheRunningAndWaitingOnesIsRefusedAtOnceWithRetryAfter() throws Exception {
        HashingSlots slots = new HashingSlots(1, 0);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = threads.submit(() -> slots.run(() -> {
                running.countDown();
                await(release);
                return "first";
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> slots.run(() -> "second"))
                    .isInstanceOfSatisfying(
                            ServiceUnavailableException.class,
                            refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(2)));

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(slots.run(() -> "after")).isEqualTo("after");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void noRoomToRunIsRefused() {
        assertThatThrownBy(() -> new HashingSlots(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
