package com.fooddelivery.customer.bootstrap;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** Starts customerbackend from environment variables; stops cleanly on Ctrl-C or SIGTERM. */
public final class Main {

    /** The system property logback.xml reads to choose its appender. */
    static final String LOG_FORMAT_PROPERTY = "customerbackend.logFormat";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // The demo menu's pictures are drawn in memory; servers have no display.
        System.setProperty("java.awt.headless", "true");
        Settings settings;
        try {
            settings = Settings.from(System.getenv());
        } catch (ConfigurationException wrong) {
            System.err.println("customerbackend: configuration error: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        // Read by logback.xml when logging starts, which is only now: nothing above logs.
        System.setProperty(LOG_FORMAT_PROPERTY, settings.logFormat().name().toLowerCase(Locale.ROOT));
        CustomerBackend backend = CustomerBackend.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            backend.close();
            stopped.countDown();
        }, "customerbackend-shutdown"));
        stopped.await();
    }
}
