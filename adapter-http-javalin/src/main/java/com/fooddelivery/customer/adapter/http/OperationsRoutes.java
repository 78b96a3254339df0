package com.fooddelivery.customer.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The routes operators and orchestrators call: health for load balancers and Kubernetes, metrics
 * for Prometheus. They sit outside {@code /api/v1} and need no credentials, so they say nothing
 * a stranger could use: up or down, and counters.
 */
final class OperationsRoutes {

    private final HealthProbe health;
    private final MetricsScrape metrics;

    OperationsRoutes(HealthProbe health, MetricsScrape metrics) {
        this.health = health;
        this.metrics = metrics;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::databaseHealth);
        // Live while the process can answer at all: a failing database must not get it restarted.
        routes.get("/health/live", ctx -> answer(ctx, true));
        routes.get("/health/ready", this::ready);
        routes.get(
                "/metrics", ctx -> ctx.contentType(MetricsScrape.CONTENT_TYPE).result(metrics.scrape()));
    }

    private void databaseHealth(Context ctx) {
        answer(ctx, health.databaseUp());
    }

    /** Ready to take traffic: the schema is what this build expects and the database answers now. */
    private void ready(Context ctx) {
        answer(ctx, health.schemaCurrent() && health.databaseUp());
    }

    private static void answer(Context ctx, boolean up) {
        // Probes poll; a cached "UP" would hide an outage.
        ctx.header("Cache-Control", "no-store");
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN"));
    }
}
