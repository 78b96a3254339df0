package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.AccountRoutes;
import com.fooddelivery.customer.adapter.http.CardRoutes;
import com.fooddelivery.customer.adapter.http.ChallengePages;
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
import com.fooddelivery.customer.adapter.messaging.KafkaEventPublisher;
import com.fooddelivery.customer.adapter.payment.BankNoticeVerifier;
import com.fooddelivery.customer.adapter.payment.NoticeVerifierByProvider;
import com.fooddelivery.customer.adapter.payment.QrCodeBankIssuer;
import com.fooddelivery.customer.adapter.payment.SandboxCardProcessor;
import com.fooddelivery.customer.adapter.payment.SandboxChallenges;
import com.fooddelivery.customer.adapter.payment.StripeCardProcessor;
import com.fooddelivery.customer.adapter.payment.StripeWebhooks;
import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.HmacDeviceTokens;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.adapter.persistence.PostgresRateLimits;
import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.wiring.CorePolicies;
import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.shared.Money;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the adapters, then the use cases, then the routes, by hand, and
 * owns their lives. Closing it stops the server first, then the pool, then the embedded database.
 */
public final class CustomerBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerBackend.class);

    private final Optional<EmbeddedDatabase> embedded;
    private final PostgresPersistence persistence;
    private final Metrics metrics;
    private final Javalin server;
    private final BackgroundTasks tasks;
    private final Tracking tracking;

    /** The most live streams one customer holds open on one instance; the next is 429. */
    static final int STREAMS_PER_CUSTOMER = 5;
    /** How often each instance looks for report mails to send: one indexed read of the due ones. */
    private static final Duration MAIL_INTERVAL = Duration.ofSeconds(2);
    /** The wait after a report mail's first failed send; it doubles with each further failure. */
    private static final Duration FIRST_MAIL_RETRY = Duration.ofSeconds(30);

    /** The live streams' reader of the log and their routes, closed together. */
    private record Tracking(LiveEvents live, TrackingRoutes routes) implements AutoCloseable {
        @Override
        public void close() {
            routes.close();
            live.close();
        }
    }

    /** What runs besides the requests: the unpaid-order sweep, the event relay and, with SMTP, the report mails. */
    private record BackgroundTasks(PeriodicTask sweep, EventRelay relay, Optional<PeriodicTask> mailSender)
            implements AutoCloseable {
        @Override
        public void close() {
            sweep.close();
            relay.close();
            mailSender.ifPresent(PeriodicTask::close);
        }
    }

    private CustomerBackend(
            Optional<EmbeddedDatabase> embedded,
            PostgresPersistence persistence,
            Metrics metrics,
            Javalin server,
            BackgroundTasks tasks,
            Tracking tracking) {
        this.embedded = embedded;
        this.persistence = persistence;
        this.metrics = metrics;
        this.server = server;
        this.tasks = tasks;
        this.tracking = tracking;
    }

    /** Starts the whole service as the settings say and returns once it serves requests. */
    public static CustomerBackend start(Settings settings) {
        Optional<EmbeddedDatabase> embedded = embeddedUnlessConfigured(settings);
        PostgresPersistence persistence = null;
        Metrics metrics = new Metrics();
        try {
            persistence = choosePersistence(settings, embedded, metrics);
            warnAboutRiskySettings(settings);
            // PostgreSQL keeps microseconds: a clock that ticks in them makes what a write answers equal
            // to what a later read of it gives, timestamps and ETags alike.
            Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
            // The sandbox serves its own 3-D Secure challenge pages through the HTTP adapter.
            Optional<SandboxChallenges> challenges =
                    settings.payments().stripe().isPresent()
                            ? Optional.empty()
                            : Optional.of(
                                    new SandboxChallenges(settings.payments().cardReturnUrl()));
            CustomerCore core =
                    buildCore(settings, persistence, clock, chooseCardProcessor(settings, clock, challenges));
            LiveEvents live =
                    core.liveEvents(settings.maxStreams(), STREAMS_PER_CUSTOMER).orElseThrow();
            TrackingRoutes trackingRoutes = new TrackingRoutes(
                    core.followOrders(live).orElseThrow(),
                    core.reportCourierPosition().orElseThrow());
            Javalin server = startServer(
                    settings,
                    persistence,
                    metrics,
                    core,
                    buildRoutes(settings, core, challenges, clock, trackingRoutes));
            BackgroundTasks tasks = startBackgroundTasks(settings, persistence, metrics, core, clock);
            return new CustomerBackend(
                    embedded, persistence, metrics, server, tasks, new Tracking(live, trackingRoutes));
        } catch (RuntimeException failure) {
            cleanUpAfterFailedStart(embedded, persistence, metrics);
            throw failure;
        }
    }

    /** The embedded PostgreSQL, started only when the settings name no database. */
    private static Optional<EmbeddedDatabase> embeddedUnlessConfigured(Settings settings) {
        return settings.database().isPresent()
                ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(settings.dataDir()));
    }

    /** Opens the configured database, or the embedded one (with the demo menu when it is empty and wanted). */
    private static PostgresPersistence choosePersistence(
            Settings settings, Optional<EmbeddedDatabase> embedded, Metrics metrics) {
        DatabaseSettings database =
                settings.database().orElseGet(() -> embedded.orElseThrow().settings(settings.poolSize()));
        PostgresPersistence persistence = PostgresPersistence.start(database, settings.currency(), metrics.pool());
        if (embedded.isPresent()
                && settings.demoMenu()
                && DemoMenu.loadIfEmpty(persistence.menu(), persistence.unitOfWork(), settings.currency())) {
            LOG.info("Loaded the demo menu into the empty embedded database");
        }
        return persistence;
    }

    /** Says at start-up which requests the missing secrets and servers will refuse. */
    private static void warnAboutRiskySettings(Settings settings) {
        if (settings.serviceKeys().size() == 0) {
            LOG.warn("SERVICE_KEYS is not set: every /api/v1/ops request will be refused");
        }
        if (settings.payments().callbackSecret().isEmpty()) {
            LOG.warn("PAYMENT_CALLBACK_SECRET is not set: every bank payment callback will be refused");
        }
        if (settings.mail().isEmpty()) {
            LOG.info("SMTP_HOST is not set: order reports by e-mail answer 501");
        }
    }

    /** Stripe when an account is configured, otherwise the sandbox with its challenge pages. */
    private static CardProcessor chooseCardProcessor(
            Settings settings, Clock clock, Optional<SandboxChallenges> challenges) {
        Settings.PaymentSettings paying = settings.payments();
        CardProcessor cards = paying.stripe()
                .<CardProcessor>map(account -> new StripeCardProcessor(account, paying.cardReturnUrl()))
                .orElseGet(() -> new SandboxCardProcessor(clock, challenges.orElseThrow()));
        LOG.info("Cards are charged by the {} processor", paying.cardProcessor());
        return cards;
    }

    /** The use cases over the persistence and payment adapters, with the policies the settings choose. */
    private static CustomerCore buildCore(
            Settings settings, PostgresPersistence persistence, Clock clock, CardProcessor cards) {
        Settings.PaymentSettings paying = settings.payments();
        MenuRepository menu = persistence.menu();
        CorePorts.Builder ports = CorePorts.builder()
                .unitOfWork(persistence.unitOfWork())
                .clock(clock)
                .events(persistence.eventLog())
                .customers(persistence.customers())
                .sessions(persistence.sessions())
                .signInAttempts(persistence.signInAttempts())
                .deviceTokens(deviceTokens(settings.abuse()))
                .hasher(new Argon2idPasswordHasher(
                        Argon2idPasswordHasher.DEFAULT_MEMORY_KIB,
                        Argon2idPasswordHasher.DEFAULT_ITERATIONS,
                        settings.abuse().hashQueuePerCore()))
                .catalog(menu)
                .prices(menu)
                .menuManagement(menu)
                .orders(persistence.orders())
                .idempotencyKeys(persistence.idempotencyKeys())
                .payments(persistence.payments())
                .cards(cards)
                .bankQr(new QrCodeBankIssuer(paying.merchant(), paying.qrFormat(), paying.bankDetails()))
                .paymentCallbacks(new NoticeVerifierByProvider(Map.of(
                        BankNoticeVerifier.PROVIDER, new BankNoticeVerifier(paying.callbackSecret()),
                        StripeWebhooks.PROVIDER, new StripeWebhooks(paying.stripeWebhookSecret()))))
                .orderHistory(persistence.orderHistory())
                .courierPositions(persistence.courierPositions())
                .signedInReads(persistence.signedInReads())
                .orderRatings(persistence.ratings())
                .restaurantRatings(persistence.ratings())
                .linkedCards(persistence.linkedCards())
                .orderStatistics(persistence.statistics())
                .eventFeed(persistence.eventFeed())
                .eventSignals(persistence.eventSignals())
                .customerEventFeed(persistence.customerEventFeed())
                .eventOutbox(persistence.eventOutbox());
        // Without SMTP the report mails are neither queued nor sent: the route answers 501.
        if (settings.mail().isPresent()) {
            ports.reportMailJobs(persistence.reportMails())
                    .reportMailer(new SmtpReportMailer(settings.mail().get()));
        }
        return new CustomerCore(
                ports.build(),
                CorePolicies.DEFAULTS
                        .withEstimates(settings.estimates())
                        .withSessions(settings.sessions())
                        .withPaymentTimeout(paying.timeout())
                        .withMenuMaxAge(settings.menuMaxAge())
                        .withPriceCeiling(new PriceCeiling(new Money(settings.maxPrice(), settings.currency()))));
    }

    /** Every route of the HTTP API over the use cases. */
    private static HttpApi.Routes buildRoutes(
            Settings settings,
            CustomerCore core,
            Optional<SandboxChallenges> challenges,
            Clock clock,
            TrackingRoutes trackingRoutes) {
        MenuRoutes menuRoutes = new MenuRoutes(
                core.listCategories(),
                core.listMenuItems(),
                core.showMenuItem(),
                core.showPicture(),
                core.showItemRatings().orElseThrow());
        OpsMenuRoutes opsMenuRoutes = new OpsMenuRoutes(
                core.addCategory().orElseThrow(),
                core.changeCategory().orElseThrow(),
                core.replacePicture().orElseThrow(),
                core.removeCategory().orElseThrow(),
                core.addMenuItem().orElseThrow(),
                core.changeMenuItem().orElseThrow(),
                core.retireMenuItem().orElseThrow());
        AccountRoutes accountRoutes = new AccountRoutes(
                core.signUp(),
                core.signIn(),
                core.signOut(),
                core.listSessions(),
                core.showProfile(),
                core.changeProfile(),
                core.changePassword(),
                core.listLinkedCards().orElseThrow());
        OrderRoutes orderRoutes = new OrderRoutes(
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
        RatingRoutes ratingRoutes = new RatingRoutes(
                core.rateOrder().orElseThrow(), core.showRatingSummary().orElseThrow());
        PaymentRoutes paymentRoutes = new PaymentRoutes(
                core.payOrder(),
                core.showPaymentQr().orElseThrow(),
                core.applyPaymentCallback().orElseThrow(),
                core.completePayment(),
                challenges.map(CustomerBackend::challengePages).orElseGet(ChallengePages::none));
        EventRoutes eventRoutes = new EventRoutes(core.readEvents().orElseThrow(), core.showOrderToService());
        CardRoutes cardRoutes = new CardRoutes(
                core.linkCard().orElseThrow(),
                core.listLinkedCards().orElseThrow(),
                core.changeLinkedCard().orElseThrow(),
                core.unlinkCard().orElseThrow(),
                clock);
        return new HttpApi.Routes(
                menuRoutes,
                opsMenuRoutes,
                accountRoutes,
                cardRoutes,
                orderRoutes,
                paymentRoutes,
                eventRoutes,
                ratingRoutes,
                new StatisticsRoutes(core.showStatistics().orElseThrow(), settings.currency()),
                trackingRoutes);
    }

    /** Starts the HTTP server on the configured port and returns once it listens. */
    private static Javalin startServer(
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

    /** Starts the sweep, the event relay and the mail sender once the server serves. */
    private static BackgroundTasks startBackgroundTasks(
            Settings settings, PostgresPersistence persistence, Metrics metrics, CustomerCore core, Clock clock) {
        PeriodicTask sweep = UnpaidOrderSweep.start(
                core.expireUnpaidOrders(), settings.payments().sweepInterval());
        EventRelay relay = eventRelay(persistence, core, settings, metrics, clock);
        Optional<PeriodicTask> mailSender =
                core.sendReportMails(FIRST_MAIL_RETRY).map(send -> ReportMailSender.start(send, MAIL_INTERVAL));
        return new BackgroundTasks(sweep, relay, mailSender);
    }

    /** Closes what a start that failed half-way had opened, the pool before the database it uses. */
    private static void cleanUpAfterFailedStart(
            Optional<EmbeddedDatabase> embedded, PostgresPersistence persistence, Metrics metrics) {
        if (persistence != null) {
            persistence.close();
        }
        metrics.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }

    /** The sandbox's challenge pages as the HTTP adapter serves them; both name the same path. */
    private static ChallengePages challengePages(SandboxChallenges challenges) {
        if (!ChallengePages.PATH.equals(SandboxChallenges.PATH)) {
            throw new IllegalStateException(
                    "the sandbox's challenge URLs must point where the HTTP adapter serves them");
        }
        return new ChallengePages() {
            @Override
            public Optional<String> page(String id) {
                return challenges.page(id);
            }

            @Override
            public Optional<String> decide(String id, boolean complete) {
                return challenges.decide(id, complete);
            }
        };
    }

    private static DeviceTokens deviceTokens(Settings.AbuseSettings abuse) {
        if (abuse.deviceTokenSecret().isEmpty()) {
            LOG.warn("DEVICE_TOKEN_SECRET is not set: device tokens hold until a restart and on this instance only");
            return HmacDeviceTokens.withRandomSecret();
        }
        return new HmacDeviceTokens(abuse.deviceTokenSecret().get().getBytes(StandardCharsets.UTF_8));
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

    /** Purges old events and, when a broker is configured, relays the log to it. */
    private static EventRelay eventRelay(
            PostgresPersistence persistence, CustomerCore core, Settings settings, Metrics metrics, Clock clock) {
        PurgeEvents purge = core.purgeEvents(
                        settings.events().retention(), settings.events().kafka().isPresent())
                .orElseThrow();
        return EventRelay.start(purge, settings.events().kafka().map(kafka -> {
            LOG.info("Events are relayed to Kafka: {}", kafka);
            metrics.eventBacklog(persistence.eventOutbox(), clock);
            KafkaEventPublisher broker = new KafkaEventPublisher(kafka);
            return new EventRelay.Relay(
                    core.relayEvents(broker, persistence.relayLease()).orElseThrow(),
                    persistence.eventSignals(),
                    persistence.relayLease(),
                    broker);
        }));
    }

    /** The port the HTTP server listens on. */
    public int port() {
        return server.port();
    }

    /** The running HTTP server, for tests in this package that inspect the routes it registered. */
    Javalin http() {
        return server;
    }

    /**
     * Stops the server (it stops accepting at once and lets requests in flight finish for up to
     * {@code SHUTDOWN_GRACE}), then closes the pool those requests used, then the embedded database.
     */
    @Override
    public void close() {
        tasks.close();
        // Open streams would otherwise hold the stop for the whole grace period; clients reconnect elsewhere.
        tracking.close();
        try {
            server.stop();
        } catch (RuntimeException stop) {
            if (!(stop.getCause() instanceof TimeoutException)) {
                throw stop;
            }
            // The grace is over: Jetty has cut what was still running. That is the promised bound,
            // not a failure, and the rest of the stop (the pool, the database, the last log lines) must follow.
            LOG.warn("Requests still running when SHUTDOWN_GRACE ended were cut off");
        } finally {
            try {
                persistence.close();
            } finally {
                metrics.close();
                embedded.ifPresent(EmbeddedDatabase::close);
            }
        }
    }
}
