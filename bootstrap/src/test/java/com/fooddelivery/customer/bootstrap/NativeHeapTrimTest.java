package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NativeHeapTrimTest {

    @Test
    void theJdkTrimsItsCHeapOnThisPlatformAndSaysHowMuchItGaveBack() {
        Optional<String> report = NativeHeapTrim.trimOnce();

        assertThat(report).hasValueSatisfying(text -> assertThat(text).contains("Trim native heap: RSS+Swap:"));
    }

    @Test
    void theTrimRunsOnItsOwnDaemonThreadUntilClosed() {
        Optional<PeriodicTask> trim = NativeHeapTrim.start(Duration.ofMillis(50));

        assertThat(trim).isPresent();
        assertThat(trimThreads()).isPositive();
        trim.get().close();
        assertThat(trimThreads()).isZero();
    }

    private static long trimThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("native-heap-trim") && thread.isAlive())
                .count();
    }
}
