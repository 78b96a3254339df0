package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;

/**
 * jOOQ's two data type classes that initialise each other, first touched from their two sides at once on two
 * threads: without {@link JooqTypes} first, the two threads wait for each other for good (this JVM's jOOQ is
 * loaded once, so each try loads jOOQ afresh in a class loader of its own).
 */
class JooqTypesTest {

    private static final int TRIES = 5;

    static {
        // Each fresh jOOQ would print its banner and a tip (this JVM's own is quiet through logback).
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    @Test
    void twoThreadsFirstTouchingTheDataTypesFromBothSidesBothFinish() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            try (URLClassLoader jooq = freshJooq()) {
                Class<?> types = jooq.loadClass(JooqTypes.class.getName());
                var load = types.getDeclaredMethod("load");
                load.setAccessible(true);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Thread> threads = new ArrayList<>();
                for (String first : List.of("org.jooq.impl.SQLDataType", "org.jooq.impl.DefaultDataType")) {
                    Thread thread = new Thread(() -> {
                        try {
                            load.invoke(null);
                            together.await(30, TimeUnit.SECONDS);
                            Class.forName(first, true, jooq);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    thread.setDaemon(true);
                    thread.start();
                    threads.add(thread);
                }
                for (Thread thread : threads) {
                    // Wide: each side takes well under a second; a deadlock never ends.
                    thread.join(TimeUnit.SECONDS.toMillis(60));
                    assertThat(thread.isAlive())
                            .as("try %d: a thread still waits", i)
                            .isFalse();
                }
            }
        }
    }

    /** jOOQ, its two dependencies and this module's classes, none shared with this JVM's class loader. */
    private static URLClassLoader freshJooq() {
        URL[] jars = {
            location(DSL.class),
            location(io.r2dbc.spi.ConnectionFactory.class),
            location(Publisher.class),
            location(JooqTypes.class)
        };
        return new URLClassLoader(jars, ClassLoader.getPlatformClassLoader());
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
