package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Isolated: a service that another test class runs meanwhile has a trim thread of the same name. */
@Isolated
class NativeHeapTrimTest {

    @Test
    void theJdkTrimsItsCHeapOnThisPlatformAndSaysHowMuchItGaveBack() {
        Optional<String> report = NativeHeapTrim.trimOnce();

        assertThat(report).hasValueSatisfying(text -> assertThat(text).contains("Trim native heap: RSS+Swap:"));
    }

    @Test
    void theTrimRunsOnItsOwnDaemonThreadUntilClosed() throws InterruptedException {
        long before = trimThreads();
        Optional<PeriodicTask> trim = NativeHeapTrim.start(Duration.ofMillis(50));

        assertThat(trim).isPresent();
        assertThat(trimThreads()).isEqualTo(before + 1);
        trim.get().close();
        assertThat(trimThreadsOnceEnded(before)).isEqualTo(before);
    }

    /**
     * The trim threads left once the closed one has ended. The close returns when its executor has
     * terminated, which the thread signals just before it ends: for a moment it may still be alive.
     */
    private static long trimThreadsOnceEnded(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long left = trimThreads();
        while (left != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            left = trimThreads();
        }
        return left;
    }

    private static long trimThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("native-heap-trim") && thread.isAlive())
                .count();
    }
}
