package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.card.ChangeLinkedCard;
import com.fooddelivery.customer.application.card.LinkCard;
import com.fooddelivery.customer.application.card.ListLinkedCards;
import com.fooddelivery.customer.application.card.UnlinkCard;
import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.application.customer.ChangeProfile;
import com.fooddelivery.customer.application.customer.ShowProfile;
import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.event.PurgeEvents;
import com.fooddelivery.customer.application.event.ReadEvents;
import com.fooddelivery.customer.application.event.RelayEvents;
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
import com.fooddelivery.customer.application.order.FinishCaptures;
import com.fooddelivery.customer.application.order.ListOrders;
import com.fooddelivery.customer.application.order.OrderAgain;
import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.RecordOrderEvent;
import com.fooddelivery.customer.application.order.ShowOrder;
import com.fooddelivery.customer.application.order.ShowOrderReport;
import com.fooddelivery.customer.application.order.ShowOrderToService;
import com.fooddelivery.customer.application.payment.ApplyPaymentCallback;
import com.fooddelivery.customer.application.payment.CancellationSettlement;
import com.fooddelivery.customer.application.payment.CompletePayment;
import com.fooddelivery.customer.application.payment.ExpireUnpaidOrders;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.payment.ShowOrderPayment;
import com.fooddelivery.customer.application.payment.ShowPaymentQr;
import com.fooddelivery.customer.application.rating.RateOrder;
import com.fooddelivery.customer.application.rating.ShowOrderRating;
import com.fooddelivery.customer.application.rating.ShowRatingSummary;
import com.fooddelivery.customer.application.report.EmailOrderReport;
import com.fooddelivery.customer.application.report.SendReportMails;
import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.application.session.ListSessions;
import com.fooddelivery.customer.application.session.SignIn;
import com.fooddelivery.customer.application.session.SignOut;
import com.fooddelivery.customer.application.statistics.ShowStatistics;
import com.fooddelivery.customer.application.tracking.FollowOrders;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.tracking.ReportCourierPosition;
import com.fooddelivery.customer.application.tracking.ShowCourier;
import com.fooddelivery.customer.domain.card.FindLinkedCard;
import com.fooddelivery.customer.domain.event.EventPublisher;
import com.fooddelivery.customer.domain.event.RelayLease;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Every use case of the customer core, built once from a record of ports and the policies, with
 * plain {@code new}: the one wiring that the service's bootstrap, the embedding example and every
 * embedding team share. No container is needed; the use cases' {@code @Inject} constructors also
 * suit one.
 *
 * <p>A use case whose optional port is absent is not built: its accessor answers empty. Build the
 * core once and keep it: some use cases (the menu's browse cache, the sign-in's dummy hash) keep
 * state across calls.
 */
public final class CustomerCore {

    private final SignUp signUp;
    private final SignIn signIn;
    private final SignOut signOut;
    private final ListSessions listSessions;
    private final Authenticate authenticate;
    private final ShowProfile showProfile;
    private final ChangeProfile changeProfile;
    private final ChangePassword changePassword;
    private final ListCategories listCategories;
    private final ListMenuItems listMenuItems;
    private final ShowMenuItem showMenuItem;
    private final ShowPicture showPicture;
    private final PlaceOrder placeOrder;
    private final ListOrders listOrders;
    private final ShowOrder showOrder;
    private final ShowOrderReport showOrderReport;
    private final CancelOrder cancelOrder;
    private final OrderAgain orderAgain;
    private final RecordOrderEvent recordOrderEvent;
    private final FinishCaptures finishCaptures;
    private final ShowOrderToService showOrderToService;
    private final PayOrder payOrder;
    private final CompletePayment completePayment;
    private final ShowOrderPayment showOrderPayment;
    private final ExpireUnpaidOrders expireUnpaidOrders;
    private final Optional<ShowPaymentQr> showPaymentQr;
    private final Optional<ApplyPaymentCallback> applyPaymentCallback;
    private final Optional<AddCategory> addCategory;
    private final Optional<ChangeCategory> changeCategory;
    private final Optional<ReplacePicture> replacePicture;
    private final Optional<RemoveCategory> removeCategory;
    private final Optional<AddMenuItem> addMenuItem;
    private final Optional<ChangeMenuItem> changeMenuItem;
    private final Optional<RetireMenuItem> retireMenuItem;
    private final Optional<ExportOrders> exportOrders;
    private final Optional<ShowCourier> showCourier;
    private final Optional<ReportCourierPosition> reportCourierPosition;
    private final Optional<RateOrder> rateOrder;
    private final Optional<ShowOrderRating> showOrderRating;
    private final Optional<ShowRatingSummary> showRatingSummary;
    private final Optional<ShowItemRatings> showItemRatings;
    private final Optional<LinkCard> linkCard;
    private final Optional<ListLinkedCards> listLinkedCards;
    private final Optional<ChangeLinkedCard> changeLinkedCard;
    private final Optional<UnlinkCard> unlinkCard;
    private final Optional<EmailOrderReport> emailOrderReport;
    private final Optional<ShowStatistics> showStatistics;
    private final Optional<ReadEvents> readEvents;
    private final CorePorts ports;
    private final CorePolicies policies;

    /**
     * Builds every use case the ports allow.
     *
     * @param policies the named rules; {@link CorePolicies#DEFAULTS} unless a team differs
     */
    public CustomerCore(CorePorts ports, CorePolicies policies) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.policies = Objects.requireNonNull(policies, "policies");
        if (ports.menuManagement().isPresent() && policies.priceCeiling().isEmpty()) {
            throw new IllegalArgumentException("menu management needs a price ceiling in the policies");
        }
        CorePorts p = ports;
        MenuFreshness freshness = new MenuFreshness(policies.menuMaxAge(), ports.clock());
        CancellationSettlement settlement = new CancellationSettlement(
                p.orders(), p.payments(), p.cards(), p.bankQr(), p.unitOfWork(), p.clock(), p.events());
        Optional<MenuManagement> management = p.menuManagement();
        signUp = new SignUp(p.customers(), p.hasher(), p.unitOfWork(), p.clock(), p.events());
        signIn = new SignIn(
                p.customers(),
                p.sessions(),
                p.signInAttempts(),
                p.deviceTokens(),
                p.hasher(),
                p.unitOfWork(),
                policies.sessions(),
                p.clock(),
                p.events());
        signOut = new SignOut(p.sessions(), p.unitOfWork(), p.clock(), p.events());
        listSessions = new ListSessions(p.sessions(), p.clock());
        authenticate = new Authenticate(p.sessions(), p.clock());
        // The hot reads check the token in their own read when the adapter can (decision 0012).
        SignedInReads reads = p.signedInReads()
                .orElseGet(() -> new TwoStepSignedInReads(
                        p.sessions(),
                        p.customers(),
                        p.orders(),
                        p.payments(),
                        p.linkedCards(),
                        p.orderRatings(),
                        p.courierPositions()));
        showProfile = new ShowProfile(reads, p.clock());
        changeProfile = new ChangeProfile(p.customers(), p.unitOfWork(), p.clock(), p.events(), p.linkedCards());
        changePassword = new ChangePassword(
                p.customers(), p.sessions(), p.signInAttempts(), p.hasher(), p.unitOfWork(), p.clock(), p.events());
        listCategories = new ListCategories(p.catalog(), freshness);
        listMenuItems = new ListMenuItems(p.catalog(), p.unitOfWork(), freshness);
        showMenuItem = new ShowMenuItem(p.catalog());
        showPicture = new ShowPicture(p.catalog());
        placeOrder = new PlaceOrder(
                p.placementReads()
                        .orElseGet(() ->
                                PlacementReads.oneByOne(p.sessions(), p.idempotencyKeys(), p.prices(), p.orders())),
                p.orders(),
                p.idempotencyKeys(),
                p.payments(),
                p.unitOfWork(),
                policies.estimates(),
                p.clock(),
                p.events());
        listOrders = new ListOrders(reads, p.clock());
        showOrder = new ShowOrder(p.orders());
        showOrderReport = new ShowOrderReport(reads, p.clock());
        cancelOrder = new CancelOrder(p.orders(), settlement, p.unitOfWork(), p.clock(), p.events());
        orderAgain = new OrderAgain(p.orders(), p.prices());
        recordOrderEvent =
                new RecordOrderEvent(p.orders(), p.payments(), p.cards(), p.unitOfWork(), p.clock(), p.events());
        finishCaptures = new FinishCaptures(p.orders(), p.payments(), p.cards(), p.unitOfWork(), p.clock(), p.events());
        showOrderToService = new ShowOrderToService(p.orders(), p.payments(), p.customers());
        // Without linked cards no saved card is ever found, so paying with one is a 404.
        FindLinkedCard linked =
                p.linkedCards().<FindLinkedCard>map(cards -> cards).orElse((customer, card) -> Optional.empty());
        payOrder = new PayOrder(
                p.orders(), p.payments(), p.cards(), p.bankQr(), p.unitOfWork(), p.clock(), p.events(), linked);
        completePayment =
                new CompletePayment(p.orders(), p.payments(), p.cards(), p.unitOfWork(), p.clock(), p.events());
        showOrderPayment = new ShowOrderPayment(p.payments());
        expireUnpaidOrders = new ExpireUnpaidOrders(
                p.orders(), settlement, p.unitOfWork(), policies.paymentTimeout(), p.clock(), p.events());
        showPaymentQr = p.bankQr().map(qr -> new ShowPaymentQr(p.orders(), p.payments(), qr));
        applyPaymentCallback = p.paymentCallbacks()
                .map(callbacks -> new ApplyPaymentCallback(
                        p.orders(),
                        p.payments(),
                        callbacks,
                        p.cards(),
                        p.bankQr(),
                        p.unitOfWork(),
                        p.clock(),
                        p.events()));
        addCategory = management.map(m -> new AddCategory(m, p.unitOfWork(), freshness));
        changeCategory = management.map(m -> new ChangeCategory(m, p.unitOfWork(), freshness));
        replacePicture = management.map(m -> new ReplacePicture(m, p.unitOfWork(), freshness));
        removeCategory = management.map(m -> new RemoveCategory(m, p.unitOfWork(), freshness));
        addMenuItem = management.map(
                m -> new AddMenuItem(m, p.unitOfWork(), policies.priceCeiling().orElseThrow(), freshness));
        changeMenuItem = management.map(m ->
                new ChangeMenuItem(m, p.unitOfWork(), policies.priceCeiling().orElseThrow(), freshness));
        retireMenuItem = management.map(m -> new RetireMenuItem(m, p.unitOfWork(), freshness));
        exportOrders = p.orderHistory().map(ExportOrders::new);
        showCourier = p.courierPositions().map(ShowCourier::new);
        reportCourierPosition = p.courierPositions()
                .map(positions ->
                        new ReportCourierPosition(p.orders(), positions, p.unitOfWork(), p.clock(), p.events()));
        rateOrder = p.orderRatings()
                .map(ratings -> new RateOrder(p.orders(), ratings, p.unitOfWork(), p.clock(), p.events()));
        showOrderRating = p.orderRatings().map(ShowOrderRating::new);
        showRatingSummary = p.restaurantRatings().map(ratings -> new ShowRatingSummary(ratings, p.clock()));
        showItemRatings = p.restaurantRatings().map(ratings -> new ShowItemRatings(ratings, freshness));
        linkCard = p.linkedCards()
                .map(cards -> new LinkCard(cards, p.customers(), p.cards(), p.unitOfWork(), p.clock(), p.events()));
        listLinkedCards = p.linkedCards().map(ListLinkedCards::new);
        changeLinkedCard =
                p.linkedCards().map(cards -> new ChangeLinkedCard(cards, p.unitOfWork(), p.clock(), p.events()));
        unlinkCard =
                p.linkedCards().map(cards -> new UnlinkCard(cards, p.cards(), p.unitOfWork(), p.clock(), p.events()));
        emailOrderReport = p.reportMailJobs()
                .map(jobs -> new EmailOrderReport(p.orders(), p.customers(), jobs, p.unitOfWork(), p.clock()));
        showStatistics =
                p.orderStatistics().map(statistics -> new ShowStatistics(statistics, p.unitOfWork(), p.clock()));
        readEvents = p.eventFeed().flatMap(feed -> p.eventSignals().map(signals -> new ReadEvents(feed, signals)));
    }

    /** The core on the default policies. */
    public static CustomerCore of(CorePorts ports) {
        return new CustomerCore(ports, CorePolicies.DEFAULTS);
    }

    /** The ports this core was built from, for a runner that wires more around them. */
    public CorePorts ports() {
        return ports;
    }

    /** The policies this core follows. */
    public CorePolicies policies() {
        return policies;
    }

    /** Creates an account. */
    public SignUp signUp() {
        return signUp;
    }

    /** Checks a password and opens a session. */
    public SignIn signIn() {
        return signIn;
    }

    /** Ends a session. */
    public SignOut signOut() {
        return signOut;
    }

    /** The customer's open sessions. */
    public ListSessions listSessions() {
        return listSessions;
    }

    /** Turns a bearer token into the caller, or refuses it. */
    public Authenticate authenticate() {
        return authenticate;
    }

    /** The customer's profile. */
    public ShowProfile showProfile() {
        return showProfile;
    }

    /** Changes the profile. */
    public ChangeProfile changeProfile() {
        return changeProfile;
    }

    /** Changes the password and ends the other sessions. */
    public ChangePassword changePassword() {
        return changePassword;
    }

    /** The menu's categories. */
    public ListCategories listCategories() {
        return listCategories;
    }

    /** The items of a category that can be ordered now. */
    public ListMenuItems listMenuItems() {
        return listMenuItems;
    }

    /** One menu item. */
    public ShowMenuItem showMenuItem() {
        return showMenuItem;
    }

    /** A category's or item's picture. */
    public ShowPicture showPicture() {
        return showPicture;
    }

    /** Places an order, once per idempotency key. */
    public PlaceOrder placeOrder() {
        return placeOrder;
    }

    /** A page of the customer's orders. */
    public ListOrders listOrders() {
        return listOrders;
    }

    /** One of the customer's orders. */
    public ShowOrder showOrder() {
        return showOrder;
    }

    /** The report of one of the customer's orders, read with the token check. */
    public ShowOrderReport showOrderReport() {
        return showOrderReport;
    }

    /** Cancels an order and releases or refunds its payment. */
    public CancelOrder cancelOrder() {
        return cancelOrder;
    }

    /** An earlier order priced on today's menu. */
    public OrderAgain orderAgain() {
        return orderAgain;
    }

    /** The kitchen's and courier's news of an order. */
    public RecordOrderEvent recordOrderEvent() {
        return recordOrderEvent;
    }

    /** Finishes the kitchen's card captures a stopped service left {@code CAPTURING}. */
    public FinishCaptures finishCaptures() {
        return finishCaptures;
    }

    /** An order as the company's other services see it. */
    public ShowOrderToService showOrderToService() {
        return showOrderToService;
    }

    /** Pays a {@code CARD} or {@code BANK_QR} order. */
    public PayOrder payOrder() {
        return payOrder;
    }

    /** Settles a card payment once the cardholder authenticated. */
    public CompletePayment completePayment() {
        return completePayment;
    }

    /** An order's payment. */
    public ShowOrderPayment showOrderPayment() {
        return showOrderPayment;
    }

    /** Cancels prepaid orders unpaid past the timeout. */
    public ExpireUnpaidOrders expireUnpaidOrders() {
        return expireUnpaidOrders;
    }

    /** The QR code of a bank-app payment; with a {@code BankQrIssuer} only. */
    public Optional<ShowPaymentQr> showPaymentQr() {
        return showPaymentQr;
    }

    /** The bank's and processor's signed callbacks; with {@code PaymentNoticeVerifier} only. */
    public Optional<ApplyPaymentCallback> applyPaymentCallback() {
        return applyPaymentCallback;
    }

    /** Adds a category; with {@code MenuManagement} and a price ceiling only. */
    public Optional<AddCategory> addCategory() {
        return addCategory;
    }

    /** Changes a category; with {@code MenuManagement} and a price ceiling only. */
    public Optional<ChangeCategory> changeCategory() {
        return changeCategory;
    }

    /** Replaces a picture; with {@code MenuManagement} and a price ceiling only. */
    public Optional<ReplacePicture> replacePicture() {
        return replacePicture;
    }

    /** Removes an empty category; with {@code MenuManagement} and a price ceiling only. */
    public Optional<RemoveCategory> removeCategory() {
        return removeCategory;
    }

    /** Adds a menu item; with {@code MenuManagement} and a price ceiling only. */
    public Optional<AddMenuItem> addMenuItem() {
        return addMenuItem;
    }

    /** Changes a menu item; with {@code MenuManagement} and a price ceiling only. */
    public Optional<ChangeMenuItem> changeMenuItem() {
        return changeMenuItem;
    }

    /** Retires a menu item; with {@code MenuManagement} and a price ceiling only. */
    public Optional<RetireMenuItem> retireMenuItem() {
        return retireMenuItem;
    }

    /** The customer's orders with every line; with {@code OrderHistory} only. */
    public Optional<ExportOrders> exportOrders() {
        return exportOrders;
    }

    /** Where an order's courier is; with {@code CourierPositions} only. */
    public Optional<ShowCourier> showCourier() {
        return showCourier;
    }

    /** The courier's reported position; with {@code CourierPositions} only. */
    public Optional<ReportCourierPosition> reportCourierPosition() {
        return reportCourierPosition;
    }

    /** Rates a delivered order; with {@code OrderRatings} only. */
    public Optional<RateOrder> rateOrder() {
        return rateOrder;
    }

    /** An order's rating; with {@code OrderRatings} only. */
    public Optional<ShowOrderRating> showOrderRating() {
        return showOrderRating;
    }

    /** The ratings summed up; with {@code RestaurantRatings} only. */
    public Optional<ShowRatingSummary> showRatingSummary() {
        return showRatingSummary;
    }

    /** The ratings of menu items; with {@code RestaurantRatings} only. */
    public Optional<ShowItemRatings> showItemRatings() {
        return showItemRatings;
    }

    /** Saves a card; with {@code LinkedCardRepository} only. */
    public Optional<LinkCard> linkCard() {
        return linkCard;
    }

    /** The saved cards; with {@code LinkedCardRepository} only. */
    public Optional<ListLinkedCards> listLinkedCards() {
        return listLinkedCards;
    }

    /** Renames a saved card; with {@code LinkedCardRepository} only. */
    public Optional<ChangeLinkedCard> changeLinkedCard() {
        return changeLinkedCard;
    }

    /** Forgets a saved card; with {@code LinkedCardRepository} only. */
    public Optional<UnlinkCard> unlinkCard() {
        return unlinkCard;
    }

    /** Queues an order report by e-mail; with {@code ReportMailJobs} only. */
    public Optional<EmailOrderReport> emailOrderReport() {
        return emailOrderReport;
    }

    /** Figures over the customer's past orders; with {@code OrderStatistics} only. */
    public Optional<ShowStatistics> showStatistics() {
        return showStatistics;
    }

    /** The service event feed; with {@code EventFeed} and {@code EventSignals} only. */
    public Optional<ReadEvents> readEvents() {
        return readEvents;
    }

    /**
     * The live order streams of one instance: a new reader each call, to be closed by its owner.
     *
     * @return the reader, or empty without {@code CustomerEventFeed} and {@code EventSignals}
     */
    public Optional<LiveEvents> liveEvents(int maxStreams, int maxPerCustomer) {
        return ports.customerEventFeed()
                .flatMap(feed ->
                        ports.eventSignals().map(signals -> new LiveEvents(feed, signals, maxStreams, maxPerCustomer)));
    }

    /**
     * Follows the customer's orders live, on the instance's stream reader.
     *
     * @param live the reader from {@link #liveEvents}
     * @return the use case, or empty without {@code CourierPositions} and {@code CustomerEventFeed}
     */
    public Optional<FollowOrders> followOrders(LiveEvents live) {
        Objects.requireNonNull(live, "live");
        return ports.courierPositions()
                .flatMap(positions -> ports.customerEventFeed()
                        .map(feed -> new FollowOrders(
                                ports.orders(), positions, ports.sessions(), feed, live, ports.clock())));
    }

    /**
     * Sends the queued order reports.
     *
     * @param firstWait the wait after a first failed send; it doubles with each further failure
     * @return the use case, or empty without {@code ReportMailJobs} and {@code ReportMailer}
     */
    public Optional<SendReportMails> sendReportMails(Duration firstWait) {
        return ports.reportMailJobs()
                .flatMap(jobs -> ports.reportMailer()
                        .map(mailer ->
                                new SendReportMails(jobs, mailer, ports.unitOfWork(), ports.clock(), firstWait)));
    }

    /**
     * Relays the event log to a broker under a lease, so one instance relays at a time.
     *
     * @return the use case, or empty without {@code EventOutbox}
     */
    public Optional<RelayEvents> relayEvents(EventPublisher publisher, RelayLease lease) {
        return ports.eventOutbox()
                .map(outbox -> new RelayEvents(outbox, publisher, lease, ports.unitOfWork(), ports.clock()));
    }

    /**
     * Purges old events from the log.
     *
     * @param onlyPublished whether only events a broker took are purged
     * @return the use case, or empty without {@code EventOutbox}
     */
    public Optional<PurgeEvents> purgeEvents(Duration retention, boolean onlyPublished) {
        return ports.eventOutbox().map(outbox -> new PurgeEvents(outbox, retention, onlyPublished, ports.clock()));
    }
}
