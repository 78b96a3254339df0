package com.fooddelivery.customer.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import com.fooddelivery.customer.adapter.http.HttpApi;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;

/**
 * Starts customerbackend from environment variables (and the properties file {@code CONFIG_FILE} names);
 * stops cleanly on Ctrl-C or SIGTERM. A wrong setting stops the start with exit code 2 and one line on
 * standard error naming it.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        // The demo menu's pictures are drawn in memory; servers have no display.
        System.setProperty("java.awt.headless", "true");
        Settings settings;
        try {
            settings = Settings.load(System.getenv());
        } catch (ConfigurationException wrong) {
            System.err.println("customerbackend: configuration error: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        if (settings.logFormat() == Settings.LogFormat.JSON) {
            // LogConfiguration reads this when logging starts, which is only now: nothing above logs. An
            // operator's own -Dlogback.configurationFile still wins.
            System.setProperty(LogConfiguration.FORMAT_PROPERTY, "json");
        }
        // Loading jOOQ's, Javalin's and Jetty's classes is CPU work that needs no database, while
        // opening the pool and checking the migrations mostly waits on it: overlapped, start-up is
        // about a second shorter on two cores. Whatever is not loaded yet when needed loads as before.
        Thread preload = new Thread(
                () -> {
                    PostgresPersistence.preload();
                    HttpApi.preload();
                },
                "preload");
        preload.setDaemon(true);
        preload.start();
        CustomerBackend backend = CustomerBackend.start(settings);
        // Where the start had to run Flyway (decision 0018), one full collection now unloads its classes,
        // needed only for the start (the serial collector unloads classes in full collections only, which
        // a steady load may never cause), and returns their metaspace.
        System.gc();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            backend.close();
                            // Log lines are written by a background thread; let it write the last of them.
                            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
                                logging.stop();
                            }
                            stopped.countDown();
                        },
                        "customerbackend-shutdown"));
        stopped.await();
    }
}
