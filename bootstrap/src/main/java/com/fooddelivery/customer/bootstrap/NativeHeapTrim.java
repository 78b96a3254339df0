package com.fooddelivery.customer.bootstrap;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the C heap's free pages back to the system every second. The JIT compilers borrow tens of
 * megabytes of arena memory while the service warms up and free it again, but glibc keeps what is freed,
 * so the process held ~30 MB of resident memory that nothing used (docs/performance.md, "Against a Spring
 * Boot peer"). The trim is the JDK's own diagnostic command {@code System.trim_native_heap} (glibc's
 * {@code malloc_trim}), called in-process through its platform MBean: no JVM flag, and where the JDK or
 * the C library lacks it, nothing is scheduled.
 */
final class NativeHeapTrim {

    private static final Logger LOG = LoggerFactory.getLogger(NativeHeapTrim.class);
    /**
     * Every second: the compilers' bursts come and go within seconds, and what glibc keeps between two trims
     * counts in the process's peak. A trim costs about half a millisecond (docs/performance.md, "Memory,
     * session 10"), 0.05% of a core at this rate.
     */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private NativeHeapTrim() {}

    /** Trims now and then every {@code interval}; empty where the JDK cannot trim its C heap. */
    static Optional<PeriodicTask> start(Duration interval) {
        if (trimOnce().isEmpty()) {
            LOG.info("This JDK cannot trim its C heap: freed native memory stays resident");
            return Optional.empty();
        }
        return Optional.of(PeriodicTask.start(
                "native-heap-trim",
                interval,
                () -> {
                    trimOnce();
                    return 0;
                },
                1,
                LOG));
    }

    /** The JDK's report of one trim (what the process held before and after), or empty where it has no trim. */
    static Optional<String> trimOnce() {
        try {
            Object report = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "systemTrimNativeHeap",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            String text = String.valueOf(report);
            // On a C library without malloc_trim the command answers instead of trimming.
            return text.contains("Trim native heap:") ? Optional.of(text.strip()) : Optional.empty();
        } catch (JMException | RuntimeException unavailable) {
            return Optional.empty();
        }
    }
}
