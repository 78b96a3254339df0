package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.CardRoutes;
import com.fooddelivery.customer.application.card.ChangeLinkedCard;
import com.fooddelivery.customer.application.card.LinkCard;
import com.fooddelivery.customer.application.card.ListLinkedCards;
import com.fooddelivery.customer.application.card.UnlinkCard;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.adapter.http.AccountRoutes;
import com.fooddelivery.customer.adapter.http.ClientRateLimits;
import com.fooddelivery.customer.adapter.http.RateLimiting;
import com.fooddelivery.customer.adapter.http.EventRoutes;
import com.fooddelivery.customer.adapter.http.TrackingRoutes;
import com.fooddelivery.customer.application.tracking.FollowOrders;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.tracking.ReportCourierPosition;
import com.fooddelivery.customer.application.tracking.ShowCourier;
import com.fooddelivery.customer.adapter.messaging.KafkaEventPublisher;
import com.fooddelivery.customer.adapter.http.HttpApi;
import com.fooddelivery.customer.adapter.http.MenuRoutes;
import com.fooddelivery.customer.adapter.persistence.Argon2idPasswordHasher;
import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.HmacDeviceTokens;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.adapter.persistence.PostgresRateLimits;
import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.application.customer.ChangeProfile;
import com.fooddelivery.customer.application.customer.ShowProfile;
import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.adapter.http.OpsMenuRoutes;
import com.fooddelivery.customer.adapter.http.OrderRoutes;
import com.fooddelivery.customer.adapter.http.ChallengePages;
import com.fooddelivery.customer.adapter.http.PaymentRoutes;
import com.fooddelivery.customer.adapter.http.RatingRoutes;
import com.fooddelivery.customer.adapter.http.StatisticsRoutes;
import com.fooddelivery.customer.adapter.payment.HmacPaymentCallbacks;
import com.fooddelivery.customer.adapter.payment.QrCodeBankIssuer;
import com.fooddelivery.customer.adapter.payment.ProviderCallbacks;
import com.fooddelivery.customer.adapter.payment.SandboxCardProcessor;
import com.fooddelivery.customer.adapter.payment.SandboxChallenges;
import com.fooddelivery.customer.adapter.payment.StripeCardProcessor;
import com.fooddelivery.customer.adapter.payment.StripeWebhooks;
import com.fooddelivery.customer.application.payment.ApplyPaymentCallback;
import com.fooddelivery.customer.application.payment.CompletePayment;
import com.fooddelivery.customer.application.payment.CancelledOrderPayments;
import com.fooddelivery.customer.application.payment.ExpireUnpaidOrders;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.payment.ShowOrderPayment;
import com.fooddelivery.customer.application.payment.ShowPaymentQr;
import com.fooddelivery.customer.application.rating.RateOrder;
import com.fooddelivery.customer.application.rating.ShowOrderRating;
import com.fooddelivery.customer.application.rating.ShowRatingSummary;
import com.fooddelivery.customer.application.statistics.ShowStatistics;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.PaymentCallbacks;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.adapter.http.Operations;
import com.fooddelivery.customer.adapter.http.ServiceKeyCheck;
import com.fooddelivery.customer.application.menu.AddCategory;
import com.fooddelivery.customer.application.menu.AddMenuItem;
import com.fooddelivery.customer.application.menu.ChangeCategory;
import com.fooddelivery.customer.application.menu.ChangeMenuItem;
import com.fooddelivery.customer.application.menu.ListCategories;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.menu.MenuFreshness;
import com.fooddelivery.customer.application.menu.RemoveCategory;
import com.fooddelivery.customer.application.menu.ReplacePicture;
import com.fooddelivery.customer.application.menu.RetireMenuItem;
import com.fooddelivery.customer.application.menu.ShowItemRatings;
import com.fooddelivery.customer.application.menu.ShowMenuItem;
import com.fooddelivery.customer.application.menu.ShowPicture;
import com.fooddelivery.customer.application.order.CancelOrder;
import com.fooddelivery.customer.application.order.ExportOrders;
import com.fooddelivery.customer.application.order.ListOrders;
import com.fooddelivery.customer.application.order.OrderAgain;
import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.RecordOrderEvent;
import com.fooddelivery.customer.application.report.EmailOrderReport;
import com.fooddelivery.customer.application.report.SendReportMails;
import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.application.event.ReadEvents;
import com.fooddelivery.customer.application.event.RelayEvents;
import com.fooddelivery.customer.application.order.ShowOrder;
import com.fooddelivery.customer.application.order.ShowOrderToService;
import com.fooddelivery.customer.application.token.Authenticate;
import com.fooddelivery.customer.application.token.ListSessions;
import com.fooddelivery.customer.application.token.SignIn;
import com.fooddelivery.customer.application.token.SignOut;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.SessionRepository;
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
            EventLog events = persistence.eventLog();
            if (embedded.isPresent() && settings.demoMenu() && DemoMenu.loadIfEmpty(menu, unitOfWork, settings.currency())) {
                LOG.info("Loaded the demo menu into the empty embedded database");
            }

            MenuFreshness freshness = new MenuFreshness(settings.menuMaxAge(), Clock.systemUTC());
            MenuRoutes menuRoutes = new MenuRoutes(new ListCategories(menu, freshness),
                    new ListMenuItems(menu, unitOfWork, freshness),
                    new ShowMenuItem(menu), new ShowPicture(menu),
                    new ShowItemRatings(persistence.ratings(), freshness));
            PriceCeiling ceiling = new PriceCeiling(new Money(settings.maxPrice(), settings.currency()));
            OpsMenuRoutes opsMenuRoutes = new OpsMenuRoutes(new AddCategory(menu, unitOfWork, freshness),
                    new ChangeCategory(menu, unitOfWork, freshness), new ReplacePicture(menu, unitOfWork, freshness),
                    new RemoveCategory(menu, unitOfWork, freshness), new AddMenuItem(menu, unitOfWork, ceiling, freshness),
                    new ChangeMenuItem(menu, unitOfWork, ceiling, freshness),
                    new RetireMenuItem(menu, unitOfWork, freshness));
            if (settings.serviceKeys().size() == 0) {
                LOG.warn("SERVICE_KEYS is not set: every /api/v1/ops request will be refused");
            }

            // PostgreSQL keeps microseconds: a clock that ticks in them makes what a write answers equal
            // to what a later read of it gives, timestamps and ETags alike.
            Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
            CustomerRepository customers = persistence.customers();
            SessionRepository sessions = persistence.sessions();
            LinkedCardRepository linkedCards = persistence.linkedCards();
            PasswordHasher hasher = new Argon2idPasswordHasher(Argon2idPasswordHasher.DEFAULT_MEMORY_KIB,
                    Argon2idPasswordHasher.DEFAULT_ITERATIONS, settings.abuse().hashQueuePerCore());
            SignInAttempts attempts = persistence.signInAttempts();
            AccountRoutes accountRoutes = new AccountRoutes(
                    new SignUp(customers, hasher, unitOfWork, clock, events),
                    new SignIn(customers, sessions, attempts, deviceTokens(settings.abuse()), hasher, unitOfWork,
                            settings.sessions(), clock, events),
                    new SignOut(sessions, unitOfWork, clock, events),
                    new ListSessions(sessions, clock),
                    new ShowProfile(customers),
                    new ChangeProfile(customers, unitOfWork, clock, events, linkedCards),
                    new ChangePassword(customers, sessions, attempts, hasher, unitOfWork, clock, events),
                    new ListLinkedCards(linkedCards));

            OrderRepository orders = persistence.orders();
            PaymentRepository payments = persistence.payments();
            Settings.PaymentSettings paying = settings.payments();
            // The sandbox serves its own 3-D Secure challenge pages through the HTTP adapter.
            Optional<SandboxChallenges> challenges = paying.stripe().isPresent() ? Optional.empty()
                    : Optional.of(new SandboxChallenges(paying.cardReturnUrl()));
            CardProcessor cards = paying.stripe()
                    .<CardProcessor>map(account -> new StripeCardProcessor(account, paying.cardReturnUrl()))
                    .orElseGet(() -> new SandboxCardProcessor(clock, challenges.orElseThrow()));
            LOG.info("Cards are charged by the {} processor", paying.cardProcessor());
            BankQrIssuer bankQr = new QrCodeBankIssuer(paying.merchant(), paying.qrFormat(), paying.bankDetails());
            if (paying.callbackSecret().isEmpty()) {
                LOG.warn("PAYMENT_CALLBACK_SECRET is not set: every bank payment callback will be refused");
            }
            PaymentCallbacks callbacks = new ProviderCallbacks(Map.of(
                    HmacPaymentCallbacks.PROVIDER, new HmacPaymentCallbacks(paying.callbackSecret()),
                    StripeWebhooks.PROVIDER, new StripeWebhooks(paying.stripeWebhookSecret())));
            CancelledOrderPayments settlement = new CancelledOrderPayments(payments, cards, bankQr);
            ReportMailJobs reportMails = persistence.reportMails();
            OrderRoutes orderRoutes = new OrderRoutes(
                    new PlaceOrder(orders, menu, persistence.idempotencyKeys(), payments, unitOfWork,
                            settings.estimates(), clock, events),
                    new ListOrders(orders),
                    new ShowOrder(orders),
                    new CancelOrder(orders, settlement, unitOfWork, clock, events),
                    new RecordOrderEvent(orders, payments, cards, unitOfWork, clock, events),
                    new ShowOrderPayment(payments), new ShowOrderRating(persistence.ratings()),
                    new OrderAgain(orders, menu), new ExportOrders(persistence.orderHistory()),
                    new ShowCourier(persistence.courierPositions()),
                    settings.mail().map(mail -> new EmailOrderReport(orders, customers, reportMails,
                            unitOfWork, clock)));
            if (settings.mail().isEmpty()) {
                LOG.info("SMTP_HOST is not set: order reports by e-mail answer 501");
            }
            RatingRoutes ratingRoutes = new RatingRoutes(
                    new RateOrder(orders, persistence.ratings(), unitOfWork, clock, events),
                    new ShowRatingSummary(persistence.ratings(), clock));
            PaymentRoutes paymentRoutes = new PaymentRoutes(
                    new PayOrder(orders, payments, cards, bankQr, unitOfWork, clock, events, linkedCards),
                    new ShowPaymentQr(orders, payments, bankQr),
                    new ApplyPaymentCallback(orders, payments, callbacks, cards, bankQr, unitOfWork, clock, events),
                    new CompletePayment(orders, payments, cards, unitOfWork, clock, events),
                    challenges.map(CustomerBackend::challengePages).orElseGet(ChallengePages::none));

            Operations operations = new Operations(new DatabaseHealth(persistence), metrics, metrics, settings.corsOrigins(),
                    settings.httpMaxThreads(), settings.shutdownGrace(), settings.bodyLimits());
            EventRoutes eventRoutes = new EventRoutes(
                    new ReadEvents(persistence.eventFeed(), persistence.eventSignals()),
                    new ShowOrderToService(orders, payments, customers));
            LiveEvents live = new LiveEvents(persistence.customerEventFeed(), persistence.eventSignals(),
                    settings.maxStreams(), STREAMS_PER_CUSTOMER);
            TrackingRoutes trackingRoutes = new TrackingRoutes(
                    new FollowOrders(orders, persistence.courierPositions(), sessions, persistence.customerEventFeed(),
                            live, clock),
                    new ReportCourierPosition(orders, persistence.courierPositions(), unitOfWork, clock, events));
            CardRoutes cardRoutes = new CardRoutes(new LinkCard(linkedCards, customers, cards, unitOfWork, clock, events),
                    new ListLinkedCards(linkedCards), new ChangeLinkedCard(linkedCards, unitOfWork, clock, events),
                    new UnlinkCard(linkedCards, cards, unitOfWork, clock, events), clock);
            Javalin server = new HttpApi(new HttpApi.Routes(menuRoutes, opsMenuRoutes, accountRoutes, cardRoutes,
                    orderRoutes, paymentRoutes, eventRoutes, ratingRoutes,
                    new StatisticsRoutes(new ShowStatistics(persistence.statistics(), unitOfWork, clock),
                            settings.currency()), trackingRoutes),
                    new Authenticate(sessions, clock), new ServiceKeyCheck(settings.serviceKeys()),
                    operations, rateLimiting(settings.abuse(), persistence.rateLimits()), settings.maxPictureBytes())
                    .create().start(settings.port());
            metrics.httpThreads(server.jettyServer().threadPool());
            LOG.info("customerbackend listening on port {}", server.port());
            PeriodicTask sweep = UnpaidOrderSweep.start(new ExpireUnpaidOrders(orders, settlement, unitOfWork,
                    paying.timeout(), clock, events), paying.sweepInterval());
            EventRelay relay = eventRelay(persistence, settings, metrics, clock);
            Optional<PeriodicTask> mailSender = settings.mail().map(mail -> ReportMailSender.start(
                    new SendReportMails(reportMails, new SmtpReportMailer(mail), unitOfWork, clock,
                            FIRST_MAIL_RETRY), MAIL_INTERVAL));
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
    private static EventRelay eventRelay(PostgresPersistence persistence, Settings settings, Metrics metrics,
                                         Clock clock) {
        PurgeEvents purge = new PurgeEvents(persistence.eventOutbox(), settings.events().retention(),
                settings.events().kafka().isPresent(), clock);
        return EventRelay.start(purge, settings.events().kafka().map(kafka -> {
            LOG.info("Events are relayed to Kafka: {}", kafka);
            metrics.eventBacklog(persistence.eventOutbox(), clock);
            KafkaEventPublisher broker = new KafkaEventPublisher(kafka);
            return new EventRelay.Relay(new RelayEvents(persistence.eventOutbox(), broker, persistence.relayLease(),
                    persistence.unitOfWork(), clock), persistence.eventSignals(), persistence.relayLease(), broker);
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
