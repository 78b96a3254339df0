package com.example.embedding;

import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.menu.ListCategories;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.menu.MenuFreshness;
import com.fooddelivery.customer.application.order.CancelOrder;
import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.ShowOrder;
import com.fooddelivery.customer.application.payment.CancelledOrderPayments;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.token.Authenticate;
import com.fooddelivery.customer.application.token.SignIn;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.BankQrIssuer;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import com.fooddelivery.customer.domain.token.SessionRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of an embedding team: every port gets an adapter, every use case a plain
 * {@code new}. No container is needed; the use cases' {@code @Inject} constructors also suit one
 * (Guice, Dagger, Spring, CDI) if the team already has it.
 *
 * <p>Each use case is one public final field, ready to call.
 */
public final class EmbeddedCustomerCore {

    /** Creates an account. */
    public final SignUp signUp;
    /** Checks a password and opens a session; the result carries the bearer token. */
    public final SignIn signIn;
    /** Turns a bearer token into the caller, or refuses it. */
    public final Authenticate authenticate;
    /** The menu's categories. */
    public final ListCategories listCategories;
    /** The items of one category that can be ordered now. */
    public final ListMenuItems listMenuItems;
    /** Places an order, once per idempotency key. */
    public final PlaceOrder placeOrder;
    /** Pays a {@code CARD} or {@code BANK_QR} order. */
    public final PayOrder payOrder;
    /** One of the caller's orders. */
    public final ShowOrder showOrder;
    /** Cancels an order and releases or refunds its payment. */
    public final CancelOrder cancelOrder;

    /**
     * Wires the core on this example's in-memory adapters.
     *
     * @param menu  where the menu comes from (the team's own store, or the in-memory one of the tests)
     * @param clock the time every use case reads
     */
    public EmbeddedCustomerCore(MenuRepository menu, Clock clock) {
        this(new MapCustomerRepository(), new MapSessionRepository(), new MapSignInAttempts(),
                new Pbkdf2PasswordHasher(10_000), menu, new MapOrderRepository(), new MapIdempotencyKeys(),
                new MapPaymentRepository(), new TestModeCardProcessor(), new TextBankQrIssuer(),
                new LockingUnitOfWork(), new ListEventLog(), clock);
    }

    /**
     * Wires the core on any adapters: the one constructor a team needs when it swaps in its own.
     *
     * @param customers  accounts and their password hashes
     * @param sessions   signed-in sessions by token digest
     * @param attempts   failed sign-ins, for the throttle
     * @param hasher     the password hash
     * @param menu       categories and items
     * @param orders     orders
     * @param keys       idempotency keys of order requests
     * @param payments   payment attempts
     * @param cards      the card processor
     * @param bankQr     the bank-QR issuer
     * @param unitOfWork the transaction boundary every use case runs its work in
     * @param events     where the use cases record what happened, for the team's other services
     * @param clock      the time every use case reads
     */
    public EmbeddedCustomerCore(CustomerRepository customers, SessionRepository sessions, SignInAttempts attempts,
                                PasswordHasher hasher, MenuRepository menu, OrderRepository orders,
                                IdempotencyKeys keys, PaymentRepository payments, CardProcessor cards,
                                BankQrIssuer bankQr, UnitOfWork unitOfWork, EventLog events, Clock clock) {
        signUp = new SignUp(customers, hasher, unitOfWork, clock, events);
        signIn = new SignIn(customers, sessions, attempts, new MapDeviceTokens(), hasher, unitOfWork,
                new SessionPolicy(SessionPolicy.DEFAULT_LIFETIME), clock, events);
        authenticate = new Authenticate(sessions, clock);
        listCategories = new ListCategories(menu, MenuFreshness.readEveryTime());
        listMenuItems = new ListMenuItems(menu, unitOfWork, MenuFreshness.readEveryTime());
        placeOrder = new PlaceOrder(orders, menu, keys, payments, unitOfWork, EstimatePolicy.DEFAULT, clock, events);
        // This embedding links no cards (its processor saves none), so no linked card is ever found.
        payOrder = new PayOrder(orders, payments, cards, bankQr, unitOfWork, clock, events,
                (customer, card) -> Optional.empty());
        showOrder = new ShowOrder(orders);
        cancelOrder = new CancelOrder(orders, new CancelledOrderPayments(payments, cards, bankQr), unitOfWork, clock,
                events);
    }
}
