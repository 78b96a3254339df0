package com.fooddelivery.customer.adapter.http;

import io.javalin.config.JavalinConfig;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty's threads, graceful stop and the CORS allow-list, as configured. */
final class ServerLimits {

    /** Headers a browser page may read from a cross-origin answer besides the always-safe ones. */
    private static final List<String> EXPOSED = List.of(RequestLog.HEADER, "Location", "ETag", "Retry-After",
            "WWW-Authenticate");
    private static final int IDLE_THREAD_TIMEOUT_MS = 60_000;

    private final Operations operations;

    ServerLimits(Operations operations) {
        this.operations = operations;
    }

    void apply(JavalinConfig config) {
        QueuedThreadPool threads = new QueuedThreadPool(operations.maxThreads(),
                Math.min(8, operations.maxThreads()), IDLE_THREAD_TIMEOUT_MS);
        threads.setName("http");
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> {
            // On stop, connectors stop accepting at once; the graceful handler then lets requests in
            // flight finish for up to the grace period before the server cuts them off.
            long grace = operations.shutdownGrace().toMillis();
            server.setStopTimeout(grace);
            server.setHandler(new GracefulHandler());
            // Jetty cuts idle reads to one second once a stop begins; a request still sending its
            // body must get the whole grace period instead. Connectors exist only once started.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarted(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof AbstractConnector jetty) {
                            jetty.setShutdownIdleTimeout(Math.max(grace, 1));
                        }
                    }
                }
            });
        });
        List<String> origins = operations.corsOrigins();
        if (!origins.isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
                EXPOSED.forEach(rule::exposeHeader);
                rule.maxAge = 600;
            }));
        }
    }
}
