package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.AccountRoutes;
import com.fooddelivery.customer.adapter.http.CardRoutes;
import com.fooddelivery.customer.adapter.http.ClientRateLimits;
import com.fooddelivery.customer.adapter.http.EventRoutes;
import com.fooddelivery.customer.adapter.http.HttpApi;
import com.fooddelivery.customer.adapter.http.MenuRoutes;
import com.fooddelivery.customer.adapter.http.OpsMenuRoutes;
import com.fooddelivery.customer.adapter.http.OrderRoutes;
import com.fooddelivery.customer.adapter.http.PaymentRoutes;
import com.fooddelivery.customer.adapter.http.RateLimiting;
import com.fooddelivery.customer.adapter.http.RatingRoutes;
import com.fooddelivery.customer.adapter.http.ServerSetup;
import com.fooddelivery.customer.adapter.http.ServiceKeyCheck;
import com.fooddelivery.customer.adapter.http.StatisticsRoutes;
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
                        core.authenticate(),
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
        return new HttpApi.Routes(
                new MenuRoutes(
                        core.listCategories(),
                        core.listMenuItems(),
                        core.showMenuItem(),
                        core.showPicture(),
                        core.showItemRatings().orElseThrow()),
                new OpsMenuRoutes(
                        core.addCategory().orElseThrow(),
                        core.changeCategory().orElseThrow(),
                        core.replacePicture().orElseThrow(),
                        core.removeCategory().orElseThrow(),
                        core.addMenuItem().orElseThrow(),
                        core.changeMenuItem().orElseThrow(),
                        core.retireMenuItem().orElseThrow()),
                new AccountRoutes(
                        core.signUp(),
                        core.signIn(),
                        core.signOut(),
                        core.listSessions(),
                        core.showProfile(),
                        core.changeProfile(),
                        core.changePassword(),
                        core.listLinkedCards().orElseThrow()),
                new CardRoutes(
                        core.linkCard().orElseThrow(),
                        core.listLinkedCards().orElseThrow(),
                        core.changeLinkedCard().orElseThrow(),
                        core.unlinkCard().orElseThrow(),
                        clock),
                orderRoutes(core),
                new PaymentRoutes(
                        core.payOrder(),
                        core.showPaymentQr().orElseThrow(),
                        core.applyPaymentCallback().orElseThrow(),
                        core.completePayment(),
                        payments.challengePages()),
                new EventRoutes(core.readEvents().orElseThrow(), core.showOrderToService()),
                new RatingRoutes(
                        core.rateOrder().orElseThrow(), core.showRatingSummary().orElseThrow()),
                new StatisticsRoutes(core.showStatistics().orElseThrow(), settings.currency()),
                tracking);
    }

    private static OrderRoutes orderRoutes(CustomerCore core) {
        return new OrderRoutes(
                core.placeOrder(),
                core.listOrders(),
                core.showOrder(),
                core.showOrderReport(),
                core.cancelOrder(),
                core.recordOrderEvent(),
                core.showOrderPayment(),
                core.showOrderRating().orElseThrow(),
                core.orderAgain(),
                core.exportOrders().orElseThrow(),
                core.showCourier().orElseThrow(),
                core.emailOrderReport());
    }

    /** The HTTP adapter's allowances, drawn from the persistence adapter's buckets (adapters never meet but here). */
    private static RateLimiting rateLimiting(Settings.AbuseSettings abuse, PostgresRateLimits buckets) {
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
