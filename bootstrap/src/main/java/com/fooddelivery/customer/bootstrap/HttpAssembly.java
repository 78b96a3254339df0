package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.ClientRateLimits;
import com.fooddelivery.customer.adapter.http.HttpApi;
import com.fooddelivery.customer.adapter.http.RateLimiting;
import com.fooddelivery.customer.adapter.http.ServerSetup;
import com.fooddelivery.customer.adapter.http.ServiceKeyCheck;
import com.fooddelivery.customer.adapter.http.TrackingRoutes;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.adapter.persistence.PostgresRateLimits;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP adapter over the use cases: every route, the server's operations and its allowances. */
final class HttpAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(HttpAssembly.class);

    private HttpAssembly() {}

    /** Starts the HTTP server on the configured port and returns once it listens. */
    static Javalin startServer(
            Settings settings,
            PostgresPersistence persistence,
            Metrics metrics,
            CustomerCore core,
            HttpApi.Routes routes) {
        ServerSetup operations = new ServerSetup(
                new DatabaseHealth(persistence),
                metrics,
                metrics,
                settings.corsOrigins(),
                settings.httpMaxThreads(),
                settings.shutdownGrace(),
                settings.bodyLimits());
        Javalin server = new HttpApi(
                        routes,
                        core.accounts().authenticate(),
                        new ServiceKeyCheck(settings.serviceKeys()),
                        operations,
                        rateLimiting(settings.abuse(), persistence.rateLimits()),
                        settings.maxPictureBytes())
                .create()
                .start(settings.port());
        metrics.httpThreads(server.jettyServer().threadPool());
        LOG.info("customerbackend listening on port {}", server.port());
        return server;
    }

    /** Every route of the HTTP API over the use cases. */
    static HttpApi.Routes routes(
            Settings settings, CustomerCore core, PaymentAdapters payments, Clock clock, TrackingRoutes tracking) {
        return HttpApi.Routes.over(core, payments.challengePages(), settings.currency(), clock, tracking);
    }

    /** The HTTP adapter's allowances, drawn from the persistence adapter's buckets (adapters never meet but here). */
    private static RateLimiting rateLimiting(AbuseSettings abuse, PostgresRateLimits buckets) {
        ClientRateLimits limits = (group, client) -> switch (group) {
            case SIGN_IN -> buckets.take("sign-in:" + client, abuse.signInPerMinute(), Duration.ofMinutes(1));
            case ACCOUNT_CHANGES ->
                buckets.take("accounts:" + client, abuse.accountChangesPerHour(), Duration.ofHours(1));
            case PAYMENT_CALLBACKS ->
                buckets.take("callbacks:" + client, abuse.callbacksPerMinute(), Duration.ofMinutes(1));
        };
        return new RateLimiting(limits, abuse.trustedProxies());
    }
}
