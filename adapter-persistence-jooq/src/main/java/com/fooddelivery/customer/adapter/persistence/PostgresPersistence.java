package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.EventFeed;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.EventOutbox;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.event.RelayLease;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderHistory;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.statistics.OrderStatistics;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SignedInReads;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.util.Currency;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The persistence adapter as one object: a connection pool, the schema brought up to date, and the
 * repositories that share the pool and one unit of work. Closing it closes the pool.
 */
public final class PostgresPersistence implements AutoCloseable {

    private static final Settings SETTINGS =
            new Settings().withExecuteLogging(false).withRenderSchema(false);

    private final HikariDataSource dataSource;
    private final boolean schemaCurrent;
    private final JooqUnitOfWork unitOfWork;
    private final JooqMenuRepository menu;
    private final JooqCustomerRepository customers;
    private final JooqSessionRepository sessions;
    private final JooqLinkedCardRepository linkedCards;
    private final JooqSignInAttempts signInAttempts;
    private final JooqOrderRepository orders;
    private final JooqIdempotencyKeys idempotencyKeys;
    private final JooqPlacementReads placementReads;
    private final JooqPaymentRepository payments;
    private final JooqRatings ratings;
    private final JooqOrderStatistics statistics;
    private final JooqReportMailJobs reportMails;
    private final PostgresRateLimits rateLimits;
    private final JooqEventLog events;
    private final SettledPositions settledEvents;
    private final JooqSignedInReads signedInReads;
    private final ListeningConnections listening;

    private PostgresPersistence(
            ConnectionPool.Opened pool, DatabaseSettings settings, Currency currency, ExecuteListener... observers) {
        // Start-up's preload thread may be initialising jOOQ at this moment (JooqTypes says why it must be one).
        JooqTypes.load();
        this.dataSource = pool.dataSource();
        this.schemaCurrent = pool.schemaCurrent();
        this.listening = new ListeningConnections(settings);
        ExecuteListener[] listeners = new ExecuteListener[observers.length + 1];
        listeners[0] = new ConnectionFailures();
        System.arraycopy(observers, 0, listeners, 1, observers.length);
        DSLContext dsl = new DefaultConfiguration()
                .set(dataSource)
                .set(SQLDialect.POSTGRES)
                .set(SETTINGS)
                .set(listeners)
                .dsl();
        this.unitOfWork = new JooqUnitOfWork(dsl);
        this.menu = new JooqMenuRepository(unitOfWork, currency);
        this.customers = new JooqCustomerRepository(unitOfWork);
        this.sessions = new JooqSessionRepository(unitOfWork);
        this.linkedCards = new JooqLinkedCardRepository(unitOfWork);
        this.signInAttempts = new JooqSignInAttempts(unitOfWork);
        this.orders = new JooqOrderRepository(unitOfWork);
        this.signedInReads = new JooqSignedInReads(unitOfWork);
        this.idempotencyKeys = new JooqIdempotencyKeys(unitOfWork);
        this.placementReads =
                new JooqPlacementReads(unitOfWork, idempotencyKeys, new JooqMenuReads(unitOfWork, currency));
        this.payments = new JooqPaymentRepository(unitOfWork);
        this.ratings = new JooqRatings(unitOfWork);
        this.statistics = new JooqOrderStatistics(unitOfWork);
        this.reportMails = new JooqReportMailJobs(unitOfWork);
        this.rateLimits = new PostgresRateLimits(dataSource);
        this.settledEvents = new SettledPositions(dsl);
        this.events = new JooqEventLog(unitOfWork, settledEvents, listening.announcer()::committed);
    }

    /**
     * Opens the pool and applies every pending migration before anything else can use the schema.
     *
     * @param settings where the database is
     * @param currency the one currency of the service's prices
     */
    public static PostgresPersistence start(DatabaseSettings settings, Currency currency) {
        return start(settings, currency, null);
    }

    /** As {@link #start(DatabaseSettings, Currency)}, with listeners that see every statement (for tests). */
    static PostgresPersistence startObserved(
            DatabaseSettings settings, Currency currency, ExecuteListener... observers) {
        return open(settings, currency, null, observers);
    }

    /**
     * As {@link #start(DatabaseSettings, Currency)}, with the pool reporting its gauges and timings.
     *
     * @param poolMetrics where the pool reports its metrics, or null for nowhere
     */
    public static PostgresPersistence start(
            DatabaseSettings settings, Currency currency, MetricsTrackerFactory poolMetrics) {
        return open(settings, currency, poolMetrics);
    }

    private static PostgresPersistence open(
            DatabaseSettings settings,
            Currency currency,
            MetricsTrackerFactory poolMetrics,
            ExecuteListener... observers) {
        ConnectionPool.Opened pool = ConnectionPool.open(settings, poolMetrics);
        try {
            return new PostgresPersistence(pool, settings, currency, observers);
        } catch (RuntimeException failure) {
            pool.dataSource().close();
            throw failure;
        }
    }

    /**
     * Loads and initialises jOOQ and renders the repositories' statements without a database, by
     * building the repositories on a context with no connection. Start-up runs this on a second
     * thread while the pool opens and the migrations are checked, which wait on the database.
     */
    public static void preload() {
        JooqTypes.load();
        JooqUnitOfWork offline = new JooqUnitOfWork(DSL.using(SQLDialect.POSTGRES, SETTINGS));
        new JooqMenuRepository(offline, Currency.getInstance("EUR"));
        new JooqCustomerRepository(offline);
        new JooqSessionRepository(offline);
        new JooqOrderRepository(offline);
        new JooqPaymentRepository(offline);
        new JooqSignedInReads(offline);
    }

    /** The transaction boundary every use case runs in. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The menu. */
    public MenuRepository menu() {
        return menu;
    }

    /** The customers' accounts. */
    public CustomerRepository customers() {
        return customers;
    }

    /** The customers' linked cards. */
    public LinkedCardRepository linkedCards() {
        return linkedCards;
    }

    /** The customers' sessions. */
    public SessionRepository sessions() {
        return sessions;
    }

    /** Failed sign-ins, for the throttle. */
    public SignInAttempts signInAttempts() {
        return signInAttempts;
    }

    /** The per-client rate limits every instance shares. */
    public PostgresRateLimits rateLimits() {
        return rateLimits;
    }

    /** The orders. */
    public OrderRepository orders() {
        return orders;
    }

    /** Each customer's whole order history, for the export. */
    public OrderHistory orderHistory() {
        return orders;
    }

    /** The customers' idempotency keys for placing orders. */
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    /** An order's key claim, prices and kitchen queue, read in one round trip. */
    public PlacementReads placementReads() {
        return placementReads;
    }

    /** The orders' ratings, and what they say about the restaurant and its dishes. */
    public JooqRatings ratings() {
        return ratings;
    }

    /** The outbox of order reports to send by e-mail. */
    public ReportMailJobs reportMails() {
        return reportMails;
    }

    /** Each customer's statistics of their own orders. */
    public OrderStatistics statistics() {
        return statistics;
    }

    /** The orders' payment attempts and applied payment callbacks. */
    public PaymentRepository payments() {
        return payments;
    }

    /** The event log, as use cases append to it. */
    public EventLog eventLog() {
        return events;
    }

    /** The event log, as other services read it. */
    public EventFeed eventFeed() {
        return events;
    }

    /** The hot reads of a signed-in customer, the token checked in the same statement. */
    public SignedInReads signedInReads() {
        return signedInReads;
    }

    /** The latest position of each order's courier. */
    public CourierPositions courierPositions() {
        return new JooqCourierPositions(unitOfWork);
    }

    /** The event log by customer, as the customers' live streams read it. */
    public CustomerEventFeed customerEventFeed() {
        return new JooqCustomerEventFeed(unitOfWork, settledEvents);
    }

    /** The event log, as the broker relay works it off. */
    public EventOutbox eventOutbox() {
        return events;
    }

    /**
     * Commits with events, as PostgreSQL announces them; the listening connection opens on first use.
     *
     * @return the signals of this instance's one listening connection
     */
    public EventSignals eventSignals() {
        return listening.signals();
    }

    /**
     * The lease that lets one instance at a time relay the log to a broker, on a connection of its own
     * that opens on first use.
     *
     * @return this instance's lease
     */
    public RelayLease relayLease() {
        return listening.lease();
    }

    /** Whether the database answers a trivial query right now. */
    public boolean isReachable() {
        try {
            unitOfWork.dsl().selectOne().fetch();
            return true;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** Whether every migration this build knows was applied when the service started. */
    public boolean isSchemaCurrent() {
        return schemaCurrent;
    }

    @Override
    public void close() {
        listening.close();
        dataSource.close();
    }
}
