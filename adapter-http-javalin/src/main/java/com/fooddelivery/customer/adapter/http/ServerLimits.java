package com.fooddelivery.customer.adapter.http;

import io.javalin.config.JavalinConfig;
import java.util.List;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty's threads, graceful stop, how request bodies are received and the CORS allow-list, as configured. */
final class ServerLimits {

    /** Headers a browser page may read from a cross-origin answer besides the always-safe ones. */
    private static final List<String> EXPOSED =
            List.of(RequestLog.HEADER, "Location", "ETag", "Retry-After", "WWW-Authenticate");

    private static final int IDLE_THREAD_TIMEOUT_MS = 60_000;
    private static final int ACCEPT_QUEUE = 1024;
    static final int NO_HEADER_CACHE = 0;

    private final ServerSetup operations;
    private final int largestBody;

    /**
     * @param operations  the configured limits
     * @param largestBody the largest request body any route takes, in bytes
     */
    ServerLimits(ServerSetup operations, int largestBody) {
        this.operations = operations;
        this.largestBody = largestBody;
    }

    void apply(JavalinConfig config) {
        QueuedThreadPool threads = new QueuedThreadPool(
                operations.maxThreads(), Math.min(8, operations.maxThreads()), IDLE_THREAD_TIMEOUT_MS);
        threads.setName("http");
        config.jetty.threadPool = threads;
        // Jetty keeps each connection's last header lines (Authorization among them) in a cache that it
        // empties whenever it is full. Behind a load balancer, or under wrk, one connection carries many
        // clients' tokens: every request then added its token and every few dozen emptied the cache, 5% of
        // GET /customers/me's CPU (docs/performance.md, "Authenticated reads, session 11").
        config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(NO_HEADER_CACHE));
        config.jetty.modifyServer(server -> {
            // On stop, connectors stop accepting at once; the graceful handler then lets requests in
            // flight finish for up to the grace period before the server cuts them off.
            // Jetty also cuts a connection that stays silent for a second once the stop began: an
            // idle keep-alive connection must not hold the stop for the whole grace period.
            server.setStopTimeout(operations.shutdownGrace().toMillis());
            // Javalin's own handler goes innermost: bodies are received whole before it runs.
            server.setHandler(
                    new GracefulHandler(new NoMethodOverride(new BodyBuffering(operations.bodies(), largestBody))));
            server.setErrorHandler(new JettyProblems());
            // Java's default backlog of 50 overflows when hundreds of clients connect at once, and
            // a dropped SYN costs the client a second or more before it tries again.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof ServerConnector network) {
                            network.setAcceptQueueSize(ACCEPT_QUEUE);
                        }
                    }
                }
            });
        });
        List<String> origins = operations.corsOrigins();
        if (!origins.isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.allowHost(
                        origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
                EXPOSED.forEach(rule::exposeHeader);
                rule.maxAge = 600;
            }));
        }
    }
}
