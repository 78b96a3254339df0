package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.EventFeed;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.EventOutbox;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderHistory;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.PaymentNoticeVerifier;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.rating.RestaurantRatings;
import com.fooddelivery.customer.domain.report.ReportMailJobs;
import com.fooddelivery.customer.domain.report.ReportMailer;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.statistics.OrderStatistics;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.time.Clock;
import java.util.Optional;

/**
 * Collects the ports of a {@link CorePorts} one by one, each under its own name, so a team need not know the
 * groups; {@link #build()} sorts them into the groups and checks that the required ones are there.
 */
public final class CorePortsBuilder {

    private UnitOfWork unitOfWork;
    private Clock clock;
    private EventLog events;
    private CustomerRepository customers;
    private PasswordHasher hasher;
    private SessionRepository sessions;
    private SignInAttempts signInAttempts;
    private DeviceTokens deviceTokens;
    private MenuCatalog catalog;
    private MenuPrices prices;
    private OrderRepository orders;
    private IdempotencyKeys idempotencyKeys;
    private PaymentRepository payments;
    private CardProcessor cards;
    private Optional<BankQrIssuer> bankQr = Optional.empty();
    private Optional<MenuManagement> menuManagement = Optional.empty();
    private Optional<PaymentNoticeVerifier> paymentCallbacks = Optional.empty();
    private Optional<OrderHistory> orderHistory = Optional.empty();
    private Optional<CourierPositions> courierPositions = Optional.empty();
    private Optional<OrderRatings> orderRatings = Optional.empty();
    private Optional<RestaurantRatings> restaurantRatings = Optional.empty();
    private Optional<LinkedCardRepository> linkedCards = Optional.empty();
    private Optional<ReportMailJobs> reportMailJobs = Optional.empty();
    private Optional<ReportMailer> reportMailer = Optional.empty();
    private Optional<OrderStatistics> orderStatistics = Optional.empty();
    private Optional<EventFeed> eventFeed = Optional.empty();
    private Optional<EventSignals> eventSignals = Optional.empty();
    private Optional<CustomerEventFeed> customerEventFeed = Optional.empty();
    private Optional<EventOutbox> eventOutbox = Optional.empty();
    private Optional<SignedInReads> signedInReads = Optional.empty();
    private Optional<PlacementReads> placementReads = Optional.empty();

    CorePortsBuilder() {}

    /** @param port the transaction every use case runs its work in */
    public CorePortsBuilder unitOfWork(UnitOfWork port) {
        this.unitOfWork = port;
        return this;
    }

    public CorePortsBuilder clock(Clock port) {
        this.clock = port;
        return this;
    }

    /** @param port where every change is recorded, in its transaction, for the other services */
    public CorePortsBuilder events(EventLog port) {
        this.events = port;
        return this;
    }

    public CorePortsBuilder customers(CustomerRepository port) {
        this.customers = port;
        return this;
    }

    public CorePortsBuilder hasher(PasswordHasher port) {
        this.hasher = port;
        return this;
    }

    public CorePortsBuilder sessions(SessionRepository port) {
        this.sessions = port;
        return this;
    }

    public CorePortsBuilder signInAttempts(SignInAttempts port) {
        this.signInAttempts = port;
        return this;
    }

    /** @param port the devices that signed in before, which the throttle spares */
    public CorePortsBuilder deviceTokens(DeviceTokens port) {
        this.deviceTokens = port;
        return this;
    }

    public CorePortsBuilder catalog(MenuCatalog port) {
        this.catalog = port;
        return this;
    }

    public CorePortsBuilder prices(MenuPrices port) {
        this.prices = port;
        return this;
    }

    public CorePortsBuilder orders(OrderRepository port) {
        this.orders = port;
        return this;
    }

    public CorePortsBuilder idempotencyKeys(IdempotencyKeys port) {
        this.idempotencyKeys = port;
        return this;
    }

    public CorePortsBuilder payments(PaymentRepository port) {
        this.payments = port;
        return this;
    }

    public CorePortsBuilder cards(CardProcessor port) {
        this.cards = port;
        return this;
    }

    /** @param port bank-app QR payments; without it BANK_QR orders cannot be paid and there is no QR use case */
    public CorePortsBuilder bankQr(BankQrIssuer port) {
        this.bankQr = Optional.of(port);
        return this;
    }

    /** @param port adding and changing the menu; without it there are no menu management use cases */
    public CorePortsBuilder menuManagement(MenuManagement port) {
        this.menuManagement = Optional.of(port);
        return this;
    }

    public CorePortsBuilder paymentCallbacks(PaymentNoticeVerifier port) {
        this.paymentCallbacks = Optional.of(port);
        return this;
    }

    public CorePortsBuilder orderHistory(OrderHistory port) {
        this.orderHistory = Optional.of(port);
        return this;
    }

    public CorePortsBuilder courierPositions(CourierPositions port) {
        this.courierPositions = Optional.of(port);
        return this;
    }

    public CorePortsBuilder orderRatings(OrderRatings port) {
        this.orderRatings = Optional.of(port);
        return this;
    }

    public CorePortsBuilder restaurantRatings(RestaurantRatings port) {
        this.restaurantRatings = Optional.of(port);
        return this;
    }

    public CorePortsBuilder linkedCards(LinkedCardRepository port) {
        this.linkedCards = Optional.of(port);
        return this;
    }

    public CorePortsBuilder reportMailJobs(ReportMailJobs port) {
        this.reportMailJobs = Optional.of(port);
        return this;
    }

    public CorePortsBuilder reportMailer(ReportMailer port) {
        this.reportMailer = Optional.of(port);
        return this;
    }

    public CorePortsBuilder orderStatistics(OrderStatistics port) {
        this.orderStatistics = Optional.of(port);
        return this;
    }

    /** @param port the event log as the other services read it */
    public CorePortsBuilder eventFeed(EventFeed port) {
        this.eventFeed = Optional.of(port);
        return this;
    }

    public CorePortsBuilder eventSignals(EventSignals port) {
        this.eventSignals = Optional.of(port);
        return this;
    }

    public CorePortsBuilder customerEventFeed(CustomerEventFeed port) {
        this.customerEventFeed = Optional.of(port);
        return this;
    }

    /** @param port the event log as the relay and the purge handle it */
    public CorePortsBuilder eventOutbox(EventOutbox port) {
        this.eventOutbox = Optional.of(port);
        return this;
    }

    /** @param port the hot reads with the token check in the same read (one round trip each) */
    public CorePortsBuilder signedInReads(SignedInReads port) {
        this.signedInReads = Optional.of(port);
        return this;
    }

    /** @param port an order's claim, prices and kitchen queue read together (one round trip) */
    public CorePortsBuilder placementReads(PlacementReads port) {
        this.placementReads = Optional.of(port);
        return this;
    }

    /**
     * The ports as set, in their groups.
     *
     * @throws NullPointerException naming the first required port not set
     */
    public CorePorts build() {
        return new CorePorts(
                unitOfWork,
                clock,
                events,
                new AccountPorts(customers, hasher, sessions, signInAttempts, deviceTokens, signedInReads),
                new MenuPorts(catalog, menuManagement),
                new OrderPorts(orders, idempotencyKeys, prices, placementReads, orderHistory, courierPositions),
                new PaymentPorts(payments, cards, bankQr, paymentCallbacks, linkedCards),
                new InsightPorts(orderRatings, restaurantRatings, orderStatistics, reportMailJobs, reportMailer),
                new FeedPorts(eventFeed, eventSignals, customerEventFeed, eventOutbox));
    }
}
