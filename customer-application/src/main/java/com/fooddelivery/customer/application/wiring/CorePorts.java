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
import java.util.Objects;
import java.util.Optional;

/**
 * The ports the customer core is built from. The first ones every embedding needs (accounts, menu
 * browsing, ordering, paying by card); the {@code Optional} ones switch features on: a use case whose
 * port is absent is not built. Build it with {@link #builder()}.
 *
 * @param unitOfWork the transaction every use case runs its work in
 * @param events where every change is recorded, in its transaction, for the other services
 * @param deviceTokens the devices that signed in before, which the throttle spares
 * @param bankQr bank-app QR payments; without it BANK_QR orders cannot be paid and there is no QR use case
 * @param menuManagement adding and changing the menu; without it there are no menu management use cases
 * @param eventFeed the event log as the other services read it
 * @param eventOutbox the event log as the relay and the purge handle it
 * @param signedInReads the hot reads with the token check in the same read; without it they are made from
 *     {@code sessions} and the other ports, session first (two round trips to a database)
 * @param placementReads an order's token check, key claim, prices and kitchen queue read together; without it
 *     they are read one after the other ({@link PlacementReads#oneByOne}, four round trips to a database)
 */
public record CorePorts(
        UnitOfWork unitOfWork,
        Clock clock,
        EventLog events,
        CustomerRepository customers,
        PasswordHasher hasher,
        SessionRepository sessions,
        SignInAttempts signInAttempts,
        DeviceTokens deviceTokens,
        MenuCatalog catalog,
        MenuPrices prices,
        OrderRepository orders,
        IdempotencyKeys idempotencyKeys,
        PaymentRepository payments,
        CardProcessor cards,
        Optional<BankQrIssuer> bankQr,
        Optional<MenuManagement> menuManagement,
        Optional<PaymentNoticeVerifier> paymentCallbacks,
        Optional<OrderHistory> orderHistory,
        Optional<CourierPositions> courierPositions,
        Optional<OrderRatings> orderRatings,
        Optional<RestaurantRatings> restaurantRatings,
        Optional<LinkedCardRepository> linkedCards,
        Optional<ReportMailJobs> reportMailJobs,
        Optional<ReportMailer> reportMailer,
        Optional<OrderStatistics> orderStatistics,
        Optional<EventFeed> eventFeed,
        Optional<EventSignals> eventSignals,
        Optional<CustomerEventFeed> customerEventFeed,
        Optional<EventOutbox> eventOutbox,
        Optional<SignedInReads> signedInReads,
        Optional<PlacementReads> placementReads) {

    /** Requires every port; the optional ones may be empty, never null. */
    public CorePorts {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(signInAttempts, "signInAttempts");
        Objects.requireNonNull(deviceTokens, "deviceTokens");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(bankQr, "bankQr");
        Objects.requireNonNull(menuManagement, "menuManagement");
        Objects.requireNonNull(paymentCallbacks, "paymentCallbacks");
        Objects.requireNonNull(orderHistory, "orderHistory");
        Objects.requireNonNull(courierPositions, "courierPositions");
        Objects.requireNonNull(orderRatings, "orderRatings");
        Objects.requireNonNull(restaurantRatings, "restaurantRatings");
        Objects.requireNonNull(linkedCards, "linkedCards");
        Objects.requireNonNull(reportMailJobs, "reportMailJobs");
        Objects.requireNonNull(reportMailer, "reportMailer");
        Objects.requireNonNull(orderStatistics, "orderStatistics");
        Objects.requireNonNull(eventFeed, "eventFeed");
        Objects.requireNonNull(eventSignals, "eventSignals");
        Objects.requireNonNull(customerEventFeed, "customerEventFeed");
        Objects.requireNonNull(eventOutbox, "eventOutbox");
        Objects.requireNonNull(signedInReads, "signedInReads");
        Objects.requireNonNull(placementReads, "placementReads");
    }

    /** An empty builder: set every required port, and the optional ones a team has. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the ports one by one; {@link #build()} checks that the required ones are there. */
    public static final class Builder {

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

        private Builder() {}

        /** @param port the transaction every use case runs its work in */
        public Builder unitOfWork(UnitOfWork port) {
            this.unitOfWork = port;
            return this;
        }

        public Builder clock(Clock port) {
            this.clock = port;
            return this;
        }

        /** @param port where every change is recorded, in its transaction, for the other services */
        public Builder events(EventLog port) {
            this.events = port;
            return this;
        }

        public Builder customers(CustomerRepository port) {
            this.customers = port;
            return this;
        }

        public Builder hasher(PasswordHasher port) {
            this.hasher = port;
            return this;
        }

        public Builder sessions(SessionRepository port) {
            this.sessions = port;
            return this;
        }

        public Builder signInAttempts(SignInAttempts port) {
            this.signInAttempts = port;
            return this;
        }

        /** @param port the devices that signed in before, which the throttle spares */
        public Builder deviceTokens(DeviceTokens port) {
            this.deviceTokens = port;
            return this;
        }

        public Builder catalog(MenuCatalog port) {
            this.catalog = port;
            return this;
        }

        public Builder prices(MenuPrices port) {
            this.prices = port;
            return this;
        }

        public Builder orders(OrderRepository port) {
            this.orders = port;
            return this;
        }

        public Builder idempotencyKeys(IdempotencyKeys port) {
            this.idempotencyKeys = port;
            return this;
        }

        public Builder payments(PaymentRepository port) {
            this.payments = port;
            return this;
        }

        public Builder cards(CardProcessor port) {
            this.cards = port;
            return this;
        }

        /** @param port bank-app QR payments; without it BANK_QR orders cannot be paid and there is no QR use case */
        public Builder bankQr(BankQrIssuer port) {
            this.bankQr = Optional.of(port);
            return this;
        }

        /** @param port adding and changing the menu; without it there are no menu management use cases */
        public Builder menuManagement(MenuManagement port) {
            this.menuManagement = Optional.of(port);
            return this;
        }

        public Builder paymentCallbacks(PaymentNoticeVerifier port) {
            this.paymentCallbacks = Optional.of(port);
            return this;
        }

        public Builder orderHistory(OrderHistory port) {
            this.orderHistory = Optional.of(port);
            return this;
        }

        public Builder courierPositions(CourierPositions port) {
            this.courierPositions = Optional.of(port);
            return this;
        }

        public Builder orderRatings(OrderRatings port) {
            this.orderRatings = Optional.of(port);
            return this;
        }

        public Builder restaurantRatings(RestaurantRatings port) {
            this.restaurantRatings = Optional.of(port);
            return this;
        }

        public Builder linkedCards(LinkedCardRepository port) {
            this.linkedCards = Optional.of(port);
            return this;
        }

        public Builder reportMailJobs(ReportMailJobs port) {
            this.reportMailJobs = Optional.of(port);
            return this;
        }

        public Builder reportMailer(ReportMailer port) {
            this.reportMailer = Optional.of(port);
            return this;
        }

        public Builder orderStatistics(OrderStatistics port) {
            this.orderStatistics = Optional.of(port);
            return this;
        }

        /** @param port the event log as the other services read it */
        public Builder eventFeed(EventFeed port) {
            this.eventFeed = Optional.of(port);
            return this;
        }

        public Builder eventSignals(EventSignals port) {
            this.eventSignals = Optional.of(port);
            return this;
        }

        public Builder customerEventFeed(CustomerEventFeed port) {
            this.customerEventFeed = Optional.of(port);
            return this;
        }

        /** @param port the event log as the relay and the purge handle it */
        public Builder eventOutbox(EventOutbox port) {
            this.eventOutbox = Optional.of(port);
            return this;
        }

        /** @param port the hot reads with the token check in the same read (one round trip each) */
        public Builder signedInReads(SignedInReads port) {
            this.signedInReads = Optional.of(port);
            return this;
        }

        /** @param port an order's claim, prices and kitchen queue read together (one round trip) */
        public Builder placementReads(PlacementReads port) {
            this.placementReads = Optional.of(port);
            return this;
        }

        /** The ports as set. */
        public CorePorts build() {
            return new CorePorts(
                    unitOfWork,
                    clock,
                    events,
                    customers,
                    hasher,
                    sessions,
                    signInAttempts,
                    deviceTokens,
                    catalog,
                    prices,
                    orders,
                    idempotencyKeys,
                    payments,
                    cards,
                    bankQr,
                    menuManagement,
                    paymentCallbacks,
                    orderHistory,
                    courierPositions,
                    orderRatings,
                    restaurantRatings,
                    linkedCards,
                    reportMailJobs,
                    reportMailer,
                    orderStatistics,
                    eventFeed,
                    eventSignals,
                    customerEventFeed,
                    eventOutbox,
                    signedInReads,
                    placementReads);
        }
    }
}
