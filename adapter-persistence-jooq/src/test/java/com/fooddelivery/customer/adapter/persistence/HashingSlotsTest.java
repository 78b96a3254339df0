package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
    void hashesRunOnTheSlotsOwnThreadsAndTheSameOnesEveryTime() throws Exception {
        HashingSlots slots = new HashingSlots(2, 16);
        Set<Thread> hashedOn = ConcurrentHashMap.newKeySet();
        Set<Thread> callers = ConcurrentHashMap.newKeySet();
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(requests.submit(() -> {
                    callers.add(Thread.currentThread());
                    return slots.run(() -> {
                        hashedOn.add(Thread.currentThread());
                        return n * n;
                    });
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i * i);
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(hashedOn).hasSizeBetween(1, 2).doesNotContainAnyElementsOf(callers);
        assertThat(hashedOn)
                .allSatisfy(thread -> assertThat(thread.getName()).startsWith(HashingSlots.THREAD_NAME))
                .allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());
    }

    @Test
    void noMoreHashesRunAtOnceThanThereAreSlotsAndTheWaitingOnesRunInTurn() throws Exception {
        HashingSlots slots = new HashingSlots(2, 1);
        CountDownLatch twoRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean thirdStarted = new AtomicBoolean();
        ExecutorService requests = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> firstTwo = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                firstTwo.add(requests.submit(() -> slots.run(() -> {
                    twoRunning.countDown();
                    await(release);
                    return "ran";
                })));
            }
            assertThat(twoRunning.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> third = requests.submit(() -> slots.run(() -> {
                thirdStarted.set(true);
                return "third";
            }));
            // The third is admitted (one may wait) but must not start while both slots are busy.
            assertThatThrownBy(() -> third.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(thirdStarted).isFalse();

            release.countDown();
            assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo("third");
            for (Future<String> first : firstTwo) {
                assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("ran");
            }
        } finally {
            release.countDown();
            requests.shutdownNow();
        }
    }

    @Test
    void whatAHashThrowsReachesTheCallerAndFreesItsSlot() {
        HashingSlots slots = new HashingSlots(1, 0);

        assertThatThrownBy(() -> slots.run(() -> {
                    throw new IllegalArgumentException("unreadable hash");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable hash");
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void anInterruptedCallerStillGetsItsHashAndKeepsItsInterrupt() throws Exception {
        HashingSlots slots = new HashingSlots(1, 0);
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            String hash = slots.run(() -> {
                hashing.countDown();
                await(release);
                return "hash";
            });
            outcome.set(hash + (Thread.currentThread().isInterrupted() ? ", interrupted" : ""));
        });
        try {
            caller.start();
            assertThat(hashing.await(10, TimeUnit.SECONDS)).isTrue();
            caller.interrupt();
            release.countDown();
            caller.join(10_000);
            assertThat(outcome).hasValue("hash, interrupted");
            assertThat(slots.run(() -> "next")).isEqualTo("next");
        } finally {
            release.countDown();
        }
    }

    @Test
    void anErrorOfAHashReachesTheCallerAsItselfAndFreesItsSlot() {
        HashingSlots slots = new HashingSlots(1, 0);
        // Argon2id's memory is the likeliest source: the caller must see the error, not a wrapper of it.
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Argon2id memory");

        assertThatThrownBy(() -> slots.run(() -> {
                    throw outOfMemory;
                }))
                .isSameAs(outOfMemory);
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void noRoomToRunIsRefused() {
        assertThatThrownBy(() -> new HashingSlots(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeQueueIsRefused() {
        assertThatThrownBy(() -> new HashingSlots(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
