package com.fooddelivery.customer.bootstrap;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Appends each top-level test class's wall time and its JVM's CPU time (every thread: the test's and the
 * service's; PostgreSQL not included) and the JVM's CPU before the class began to the file that {@code CLASS_CPU_LOG} names, for docs/build.md's
 * measurements on a shared machine, where wall times say little. JUnit loads it for every class
 * (src/test/resources: junit-platform.properties and META-INF/services); without the variable it writes nothing.
 */
public final class ClassCpuLog implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace TIMES = ExtensionContext.Namespace.create(ClassCpuLog.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (topLevel(context)) {
            context.getStore(TIMES).put("start", new long[] {System.nanoTime(), cpuNanos()});
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String file = System.getenv("CLASS_CPU_LOG");
        // A nested class's store would find its outer class's start: only top-level classes are logged.
        if (file == null || !topLevel(context)) {
            return;
        }
        long[] start = context.getStore(TIMES).get("start", long[].class);
        String line = "%s,%.2f,%.2f,%.2f,%d%n"
                .formatted(
                        context.getRequiredTestClass().getSimpleName(),
                        (System.nanoTime() - start[0]) / 1e9,
                        (cpuNanos() - start[1]) / 1e9,
                        start[1] / 1e9,
                        ProcessHandle.current().pid());
        try {
            Files.writeString(
                    Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static boolean topLevel(ExtensionContext context) {
        return context.getRequiredTestClass().getEnclosingClass() == null;
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
