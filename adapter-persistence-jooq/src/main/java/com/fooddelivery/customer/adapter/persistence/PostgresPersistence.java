package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Currency;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The persistence adapter as one object: a connection pool, the schema brought up to date, and the
 * repositories that share the pool and one unit of work. Closing it closes the pool.
 */
public final class PostgresPersistence implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JooqUnitOfWork unitOfWork;
    private final JooqMenuRepository menu;
    private final JooqCustomerRepository customers;
    private final JooqSessionRepository sessions;
    private final JooqSignInAttempts signInAttempts;
    private final JooqOrderRepository orders;
    private final JooqIdempotencyKeys idempotencyKeys;
    private final JooqPaymentRepository payments;

    private PostgresPersistence(HikariDataSource dataSource, Currency currency) {
        this.dataSource = dataSource;
        DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES,
                new Settings().withExecuteLogging(false).withRenderSchema(false));
        this.unitOfWork = new JooqUnitOfWork(dsl);
        this.menu = new JooqMenuRepository(unitOfWork, currency);
        this.customers = new JooqCustomerRepository(unitOfWork);
        this.sessions = new JooqSessionRepository(unitOfWork);
        this.signInAttempts = new JooqSignInAttempts(unitOfWork);
        this.orders = new JooqOrderRepository(unitOfWork);
        this.idempotencyKeys = new JooqIdempotencyKeys(unitOfWork);
        this.payments = new JooqPaymentRepository(unitOfWork);
    }

    /**
     * Opens the pool and applies every pending migration before anything else can use the schema.
     *
     * @param settings where the database is
     * @param currency the one currency of the service's prices
     */
    public static PostgresPersistence start(DatabaseSettings settings, Currency currency) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("customerbackend");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(3_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).load().migrate();
            return new PostgresPersistence(dataSource, currency);
        } catch (RuntimeException failure) {
            dataSource.close();
            throw failure;
        }
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

    /** The customers' sessions. */
    public SessionRepository sessions() {
        return sessions;
    }

    /** Failed sign-ins, for the throttle. */
    public SignInAttempts signInAttempts() {
        return signInAttempts;
    }

    /** The orders. */
    public OrderRepository orders() {
        return orders;
    }

    /** The customers' idempotency keys for placing orders. */
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    /** The orders' payment attempts and applied payment callbacks. */
    public PaymentRepository payments() {
        return payments;
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

    @Override
    public void close() {
        dataSource.close();
    }
}
