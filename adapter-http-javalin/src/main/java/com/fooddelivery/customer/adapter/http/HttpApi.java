package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;

/**
 * The HTTP API, built from its route groups. {@link #create()} returns an unstarted Javalin so the
 * caller chooses the port (tests take a free one) and owns the server's life.
 */
public final class HttpApi {

    /** Every route of the API, the service routes under {@code /ops} included, lives under this prefix. */
    public static final String BASE = "/api/v1";

    private final Routes routes;
    private final CustomerAuthentication authentication;
    private final ServiceKeyCheck serviceKeyCheck;
    private final ServerSetup operations;
    private final RateLimiting rateLimiting;
    private final ObjectMapper json = JsonMapping.create();
    private final Responses responses = new Responses(json);
    private final RequestBodies bodies;
    private final int maxPictureBytes;
    private final ApiDocsRoutes apiDocs = new ApiDocsRoutes();

    /**
     * The route groups of the API.
     *
     * @param menu     the public menu
     * @param opsMenu  menu management for other services
     * @param accounts sign-up, sessions and the customer's own account
     * @param cards    the signed-in customer's linked cards
     * @param orders   the customer's orders and the kitchen's reports on them
     * @param payments paying orders in the app, and the payment callbacks
     * @param events   the event feed and the orders as other services see them
     * @param ratings  the customers' ratings and the restaurant's stars
     * @param statistics the customer's own statistics
     * @param tracking the customer's live streams of their orders
     */
    public record Routes(
            MenuRoutes menu,
            OpsMenuRoutes opsMenu,
            AccountRoutes accounts,
            CardRoutes cards,
            OrderRoutes orders,
            PaymentRoutes payments,
            EventRoutes events,
            RatingRoutes ratings,
            StatisticsRoutes statistics,
            TrackingRoutes tracking) {

        public Routes {
            Objects.requireNonNull(menu, "menu");
            Objects.requireNonNull(opsMenu, "opsMenu");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(cards, "cards");
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(payments, "payments");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(ratings, "ratings");
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(tracking, "tracking");
        }

        /**
         * Every route group over the use cases of one core: the wiring bootstrap runs, and the route tests
         * over the fakes too. The core must have every optional use case a route serves; report mails may
         * be missing (their route answers 501).
         *
         * @param core           the use cases
         * @param challengePages the card processor's own 3-D Secure pages, or {@link ChallengePages#none()}
         * @param currency       the service's one currency, named in the statistics
         * @param clock          tells the linked cards' routes which cards have expired
         * @param tracking       the live streams' routes, which the caller closes before the server stops
         * @return the route groups
         */
        public static Routes over(
                CustomerCore core,
                ChallengePages challengePages,
                Currency currency,
                Clock clock,
                TrackingRoutes tracking) {
            return new Routes(
                    new MenuRoutes(
                            core.menu().listCategories(),
                            core.menu().listMenuItems(),
                            core.menu().showMenuItem(),
                            core.menu().showPicture(),
                            core.insight().showItemRatings().orElseThrow()),
                    new OpsMenuRoutes(
                            core.menu().addCategory().orElseThrow(),
                            core.menu().changeCategory().orElseThrow(),
                            core.menu().replacePicture().orElseThrow(),
                            core.menu().removeCategory().orElseThrow(),
                            core.menu().addMenuItem().orElseThrow(),
                            core.menu().changeMenuItem().orElseThrow(),
                            core.menu().retireMenuItem().orElseThrow()),
                    accountRoutes(core),
                    new CardRoutes(
                            core.cards().linkCard().orElseThrow(),
                            core.cards().listLinkedCards().orElseThrow(),
                            core.cards().changeLinkedCard().orElseThrow(),
                            core.cards().unlinkCard().orElseThrow(),
                            clock),
                    orderRoutes(core),
                    new PaymentRoutes(
                            core.payments().payOrder(),
                            core.payments().showPaymentQr().orElseThrow(),
                            core.payments().applyPaymentCallback().orElseThrow(),
                            core.payments().completePayment(),
                            challengePages),
                    new EventRoutes(
                            core.events().readEvents().orElseThrow(),
                            core.orders().showOrderToService()),
                    new RatingRoutes(
                            core.insight().rateOrder().orElseThrow(),
                            core.insight().showRatingSummary().orElseThrow()),
                    new StatisticsRoutes(core.insight().showStatistics().orElseThrow(), currency),
                    tracking);
        }
    }

    /** The account routes over a core's use cases; route tests serve them alone. */
    static AccountRoutes accountRoutes(CustomerCore core) {
        return new AccountRoutes(
                core.accounts().signUp(),
                core.accounts().signIn(),
                core.accounts().signOut(),
                core.accounts().listSessions(),
                core.accounts().showProfile(),
                core.accounts().changeProfile(),
                core.accounts().changePassword(),
                core.cards().listLinkedCards().orElseThrow());
    }

    /** The order routes over a core's use cases; route tests serve them alone. */
    static OrderRoutes orderRoutes(CustomerCore core) {
        return new OrderRoutes(
                core.orders().placeOrder(),
                core.orders().listOrders(),
                core.orders().showOrder(),
                core.orders().showOrderReport(),
                core.orders().cancelOrder(),
                core.orders().recordOrderEvent(),
                core.payments().showOrderPayment(),
                core.insight().showOrderRating().orElseThrow(),
                core.orders().orderAgain(),
                core.orders().exportOrders().orElseThrow(),
                core.tracking().showCourier().orElseThrow(),
                core.insight().emailOrderReport());
    }

    /**
     * @param routes          the route groups
     * @param authenticate    the token check of every route marked {@link Access#CUSTOMER}
     * @param serviceKeyCheck guards every route marked {@link Access#SERVICE}
     * @param operations      health, metrics, CORS and the server's limits
     * @param rateLimiting    the per-client allowances of sign-up, sign-in, callbacks and profile changes
     * @param maxPictureBytes the largest picture upload accepted
     */
    public HttpApi(
            Routes routes,
            Authenticate authenticate,
            ServiceKeyCheck serviceKeyCheck,
            ServerSetup operations,
            RateLimiting rateLimiting,
            int maxPictureBytes) {
        this.routes = Objects.requireNonNull(routes, "routes");
        this.authentication = new CustomerAuthentication(authenticate);
        this.serviceKeyCheck = Objects.requireNonNull(serviceKeyCheck, "serviceKeyCheck");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.rateLimiting = Objects.requireNonNull(rateLimiting, "rateLimiting");
        this.bodies = new RequestBodies(json, maxPictureBytes);
        this.maxPictureBytes = maxPictureBytes;
    }

    /**
     * Loads and initialises the classes a server is made of (Javalin, Jetty, Jackson) by building
     * one that is never started. Start-up runs this on a second thread while the database is
     * checked and migrated: the two take about as long as each other and neither needs the other.
     */
    public static void preload() {
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JsonMapping.create(), false));
        });
    }

    /** The configured, not yet started server. */
    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(json, false));
            RequestLog requestLog = new RequestLog(operations.observer());
            ResponseHeaders headers = new ResponseHeaders();
            // Before anything that can refuse the request, so refusals carry the id and the headers too.
            config.routes.before(ctx -> {
                requestLog.start(ctx);
                headers.apply(ctx);
            });
            // Whatever the answer, what is left of the request's body is read before it is sent: a
            // connection closed on unread bytes is reset, and the client loses the answer.
            config.routes.after(RequestBodies::discardUnread);
            config.requestLogger.http(requestLog::finish);
            new ServerLimits(operations, Math.max(RequestBodies.JSON_LIMIT, maxPictureBytes)).apply(config);
            new ErrorHandling(responses).register(config.routes);
            rateLimiting.register(config.routes);
            serviceKeyCheck.register(config.routes);
            config.routes.beforeMatched(authentication::check);
            new OperationsRoutes(operations.health(), operations.metrics()).register(config.routes);
            routes.menu().register(config.routes, responses);
            routes.opsMenu().register(config.routes, responses, bodies);
            routes.accounts().register(config.routes, responses, bodies);
            routes.cards().register(config.routes, responses, bodies);
            routes.tracking().register(config.routes, responses, bodies);
            routes.orders().register(config.routes, responses, bodies);
            routes.payments().register(config.routes, responses, bodies);
            routes.events().register(config.routes, responses);
            routes.ratings().register(config.routes, responses, bodies);
            routes.statistics().register(config.routes, responses);
            apiDocs.register(config.routes, responses);
        });
    }
}
