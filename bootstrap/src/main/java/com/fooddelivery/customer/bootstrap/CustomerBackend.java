package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.CardRoutes;
import com.fooddelivery.customer.application.wiring.CorePolicies;
import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.adapter.http.AccountRoutes;
import com.fooddelivery.customer.adapter.http.ClientRateLimits;
import com.fooddelivery.customer.adapter.http.RateLimiting;
import com.fooddelivery.customer.adapter.http.EventRoutes;
import com.fooddelivery.customer.adapter.http.TrackingRoutes;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.adapter.messaging.KafkaEventPublisher;
import com.fooddelivery.customer.adapter.http.HttpApi;
import com.fooddelivery.customer.adapter.http.MenuRoutes;
import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.HmacDeviceTokens;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.adapter.persistence.PostgresRateLimits;
import com.fooddelivery.customer.adapter.http.OpsMenuRoutes;
import com.fooddelivery.customer.adapter.http.OrderRoutes;
import com.fooddelivery.customer.adapter.http.ChallengePages;
import com.fooddelivery.customer.adapter.http.PaymentRoutes;
import com.fooddelivery.customer.adapter.http.RatingRoutes;
import com.fooddelivery.customer.adapter.http.StatisticsRoutes;
import com.fooddelivery.customer.adapter.payment.BankNoticeVerifier;
import com.fooddelivery.customer.adapter.payment.QrCodeBankIssuer;
import com.fooddelivery.customer.adapter.payment.NoticeVerifierByProvider;
import com.fooddelivery.customer.adapter.payment.SandboxCardProcessor;
import com.fooddelivery.customer.adapter.payment.SandboxChallenges;
import com.fooddelivery.customer.adapter.payment.StripeCardProcessor;
import com.fooddelivery.customer.adapter.payment.StripeWebhooks;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.adapter.http.ServerSetup;
import com.fooddelivery.customer.adapter.http.ServiceKeyCheck;
import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
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
    private final PeriodicTask sweep;
    private final EventRelay relay;
    private final Tracking tracking;
    private final Optional<PeriodicTask> mailSender;

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

    private CustomerBackend(Optional<EmbeddedDatabase> embedded, PostgresPersistence persistence, Metrics metrics,
                            Javalin server, PeriodicTask sweep, EventRelay relay, Tracking tracking,
                            Optional<PeriodicTask> mailSender) {
        this.tracking = tracking;
        this.embedded = embedded;
        this.persistence = persistence;
        this.metrics = metrics;
        this.server = server;
        this.sweep = sweep;
        this.relay = relay;
        this.mailSender = mailSender;
    }

    /** Starts the whole service as the settings say and returns once it serves requests. */
    public static CustomerBackend start(Settings settings) {
        Optional<EmbeddedDatabase> embedded = settings.database().isPresent()
                ? Optional.empty()
                : Optional.of(EmbeddedDatabase.start(settings.dataDir()));
        PostgresPersistence persistence = null;
        Metrics metrics = new Metrics();
        try {
            DatabaseSettings database = settings.database()
                    .orElseGet(() -> embedded.orElseThrow().settings(settings.poolSize()));
            persistence = PostgresPersistence.start(database, settings.currency(), metrics.pool());
            MenuRepository menu = persistence.menu();
            UnitOfWork unitOfWork = persistence.unitOfWork();
            if (embedded.isPresent() && settings.demoMenu() && DemoMenu.loadIfEmpty(menu, unitOfWork, settings.currency())) {
                LOG.info("Loaded the demo menu into the empty embedded database");
            }
            if (settings.serviceKeys().size() == 0) {
                LOG.warn("SERVICE_KEYS is not set: every /api/v1/ops request will be refused");
            }

            // PostgreSQL keeps microseconds: a clock that ticks in them makes what a write answers equal
            // to what a later read of it gives, timestamps and ETags alike.
            Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
            Settings.PaymentSettings paying = settings.payments();
            // The sandbox serves its own 3-D Secure challenge pages through the HTTP adapter.
            Optional<SandboxChallenges> challenges = paying.stripe().isPresent() ? Optional.empty()
                    : Optional.of(new SandboxChallenges(paying.cardReturnUrl()));
            CardProcessor cards = paying.stripe()
                    .<CardProcessor>map(account -> new StripeCardProcessor(account, paying.cardReturnUrl()))
                    .orElseGet(() -> new SandboxCardProcessor(clock, challenges.orElseThrow()));
            LOG.info("Cards are charged by the {} processor", paying.cardProcessor());
            if (paying.callbackSecret().isEmpty()) {
                LOG.warn("PAYMENT_CALLBACK_SECRET is not set: every bank payment callback will be refused");
            }
            CorePorts.Builder ports = CorePorts.builder()
                    .unitOfWork(unitOfWork).clock(clock).events(persistence.eventLog())
                    .customers(persistence.customers()).sessions(persistence.sessions())
                    .signInAttempts(persistence.signInAttempts()).deviceTokens(deviceTokens(settings.abuse()))
                    .hasher(new Argon2idPasswordHasher(Argon2idPasswordHasher.DEFAULT_MEMORY_KIB,
                            Argon2idPasswordHasher.DEFAULT_ITERATIONS, settings.abuse().hashQueuePerCore()))
                    .catalog(menu).prices(menu).menuManagement(menu)
                    .orders(persistence.orders()).idempotencyKeys(persistence.idempotencyKeys())
                    .payments(persistence.payments()).cards(cards)
                    .bankQr(new QrCodeBankIssuer(paying.merchant(), paying.qrFormat(), paying.bankDetails()))
                    .paymentCallbacks(new NoticeVerifierByProvider(Map.of(
                            BankNoticeVerifier.PROVIDER, new BankNoticeVerifier(paying.callbackSecret()),
                            StripeWebhooks.PROVIDER, new StripeWebhooks(paying.stripeWebhookSecret()))))
                    .orderHistory(persistence.orderHistory()).courierPositions(persistence.courierPositions())
                    .orderRatings(persistence.ratings()).restaurantRatings(persistence.ratings())
                    .linkedCards(persistence.linkedCards()).orderStatistics(persistence.statistics())
                    .eventFeed(persistence.eventFeed()).eventSignals(persistence.eventSignals())
                    .customerEventFeed(persistence.customerEventFeed()).eventOutbox(persistence.eventOutbox());
            // Without SMTP the report mails are neither queued nor sent: the route answers 501.
            if (settings.mail().isPresent()) {
                ports.reportMailJobs(persistence.reportMails()).reportMailer(new SmtpReportMailer(settings.mail().get()));
            }
            CustomerCore core = new CustomerCore(ports.build(), CorePolicies.DEFAULTS
                    .withEstimates(settings.estimates()).withSessions(settings.sessions())
                    .withPaymentTimeout(paying.timeout()).withMenuMaxAge(settings.menuMaxAge())
                    .withPriceCeiling(new PriceCeiling(new Money(settings.maxPrice(), settings.currency()))));

            MenuRoutes menuRoutes = new MenuRoutes(core.listCategories(), core.listMenuItems(), core.showMenuItem(),
                    core.showPicture(), core.showItemRatings().orElseThrow());
            OpsMenuRoutes opsMenuRoutes = new OpsMenuRoutes(core.addCategory().orElseThrow(),
                    core.changeCategory().orElseThrow(), core.replacePicture().orElseThrow(),
                    core.removeCategory().orElseThrow(), core.addMenuItem().orElseThrow(),
                    core.changeMenuItem().orElseThrow(), core.retireMenuItem().orElseThrow());
            AccountRoutes accountRoutes = new AccountRoutes(core.signUp(), core.signIn(), core.signOut(),
                    core.listSessions(), core.showProfile(), core.changeProfile(), core.changePassword(),
                    core.listLinkedCards().orElseThrow());
            OrderRoutes orderRoutes = new OrderRoutes(core.placeOrder(), core.listOrders(), core.showOrder(),
                    core.cancelOrder(), core.recordOrderEvent(), core.showOrderPayment(),
                    core.showOrderRating().orElseThrow(), core.orderAgain(), core.exportOrders().orElseThrow(),
                    core.showCourier().orElseThrow(), core.emailOrderReport());
            if (settings.mail().isEmpty()) {
                LOG.info("SMTP_HOST is not set: order reports by e-mail answer 501");
            }
            RatingRoutes ratingRoutes = new RatingRoutes(core.rateOrder().orElseThrow(),
                    core.showRatingSummary().orElseThrow());
            PaymentRoutes paymentRoutes = new PaymentRoutes(core.payOrder(), core.showPaymentQr().orElseThrow(),
                    core.applyPaymentCallback().orElseThrow(), core.completePayment(),
                    challenges.map(CustomerBackend::challengePages).orElseGet(ChallengePages::none));

            ServerSetup operations = new ServerSetup(new DatabaseHealth(persistence), metrics, metrics, settings.corsOrigins(),
                    settings.httpMaxThreads(), settings.shutdownGrace(), settings.bodyLimits());
            EventRoutes eventRoutes = new EventRoutes(core.readEvents().orElseThrow(), core.showOrderToService());
            LiveEvents live = core.liveEvents(settings.maxStreams(), STREAMS_PER_CUSTOMER).orElseThrow();
            TrackingRoutes trackingRoutes = new TrackingRoutes(core.followOrders(live).orElseThrow(),
                    core.reportCourierPosition().orElseThrow());
            CardRoutes cardRoutes = new CardRoutes(core.linkCard().orElseThrow(), core.listLinkedCards().orElseThrow(),
                    core.changeLinkedCard().orElseThrow(), core.unlinkCard().orElseThrow(), clock);
            Javalin server = new HttpApi(new HttpApi.Routes(menuRoutes, opsMenuRoutes, accountRoutes, cardRoutes,
                    orderRoutes, paymentRoutes, eventRoutes, ratingRoutes,
                    new StatisticsRoutes(core.showStatistics().orElseThrow(), settings.currency()), trackingRoutes),
                    core.authenticate(), new ServiceKeyCheck(settings.serviceKeys()),
                    operations, rateLimiting(settings.abuse(), persistence.rateLimits()), settings.maxPictureBytes())
                    .create().start(settings.port());
            metrics.httpThreads(server.jettyServer().threadPool());
            LOG.info("customerbackend listening on port {}", server.port());
            PeriodicTask sweep = UnpaidOrderSweep.start(core.expireUnpaidOrders(), paying.sweepInterval());
            EventRelay relay = eventRelay(persistence, core, settings, metrics, clock);
            Optional<PeriodicTask> mailSender = core.sendReportMails(FIRST_MAIL_RETRY)
                    .map(send -> ReportMailSender.start(send, MAIL_INTERVAL));
            return new CustomerBackend(embedded, persistence, metrics, server, sweep, relay,
                    new Tracking(live, trackingRoutes), mailSender);
        } catch (RuntimeException failure) {
            if (persistence != null) {
                persistence.close();
            }
            metrics.close();
            embedded.ifPresent(EmbeddedDatabase::close);
            throw failure;
        }
    }

    /** The sandbox's challenge pages as the HTTP adapter serves them; both name the same path. */
    private static ChallengePages challengePages(SandboxChallenges challenges) {
        if (!ChallengePages.PATH.equals(SandboxChallenges.PATH)) {
            throw new IllegalStateException("the sandbox's challenge URLs must point where the HTTP adapter serves them");
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
            case ACCOUNT_CHANGES -> buckets.take("accounts:" + client, abuse.accountChangesPerHour(), Duration.ofHours(1));
            case PAYMENT_CALLBACKS -> buckets.take("callbacks:" + client, abuse.callbacksPerMinute(), Duration.ofMinutes(1));
        };
        return new RateLimiting(limits, abuse.trustedProxies());
    }

    /** Purges old events and, when a broker is configured, relays the log to it. */
    private static EventRelay eventRelay(PostgresPersistence persistence, CustomerCore core, Settings settings,
                                         Metrics metrics, Clock clock) {
        PurgeEvents purge = core.purgeEvents(settings.events().retention(), settings.events().kafka().isPresent())
                .orElseThrow();
        return EventRelay.start(purge, settings.events().kafka().map(kafka -> {
            LOG.info("Events are relayed to Kafka: {}", kafka);
            metrics.eventBacklog(persistence.eventOutbox(), clock);
            KafkaEventPublisher broker = new KafkaEventPublisher(kafka);
            return new EventRelay.Relay(core.relayEvents(broker, persistence.relayLease()).orElseThrow(),
                    persistence.eventSignals(), persistence.relayLease(), broker);
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
        sweep.close();
        relay.close();
        mailSender.ifPresent(PeriodicTask::close);
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
