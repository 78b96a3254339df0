package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.menu.MenuFreshness;
import com.fooddelivery.customer.application.payment.CancellationSettlement;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.util.Objects;

/**
 * Every use case of the customer core, built once from a record of ports and the policies, with
 * plain {@code new}: the one wiring that the service's bootstrap, the embedding example and every
 * embedding team share. No container is needed; the use cases' {@code @Inject} constructors also
 * suit one.
 *
 * <p>The use cases come in groups, one accessor each: {@code core.orders().placeOrder()}. A use case
 * whose optional port is absent is not built: its accessor answers empty. Build the core once and keep
 * it: some use cases (the menu's browse cache, the sign-in's dummy hash) keep state across calls.
 */
public final class CustomerCore {

    private final CorePorts ports;
    private final CorePolicies policies;
    private final AccountUseCases accounts;
    private final MenuUseCases menu;
    private final OrderUseCases orders;
    private final PaymentUseCases payments;
    private final CardUseCases cards;
    private final TrackingUseCases tracking;
    private final InsightUseCases insight;
    private final EventUseCases events;

    /**
     * Builds every use case the ports allow.
     *
     * @param policies the named rules; {@link CorePolicies#DEFAULTS} unless a team differs
     */
    public CustomerCore(CorePorts ports, CorePolicies policies) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.policies = Objects.requireNonNull(policies, "policies");
        if (ports.menu().management().isPresent() && policies.priceCeiling().isEmpty()) {
            throw new IllegalArgumentException("menu management needs a price ceiling in the policies");
        }
        // Shared by two groups each: the menu's browse cache, a cancelled order's payment, the token-checked reads.
        MenuFreshness freshness = new MenuFreshness(policies.menuMaxAge(), ports.clock());
        CancellationSettlement settlement = new CancellationSettlement(
                ports.orders().orders(),
                ports.payments().payments(),
                ports.payments().cards(),
                ports.payments().bankQr(),
                ports.unitOfWork(),
                ports.clock(),
                ports.events());
        SignedInReads reads = signedInReads(ports);
        accounts = new AccountUseCases(ports, policies, reads);
        menu = new MenuUseCases(ports, policies, freshness);
        orders = new OrderUseCases(ports, policies, reads, settlement);
        payments = new PaymentUseCases(ports, policies, settlement);
        cards = new CardUseCases(ports);
        tracking = new TrackingUseCases(ports);
        insight = new InsightUseCases(ports, freshness);
        events = new EventUseCases(ports);
    }

    /** The core on the default policies. */
    public static CustomerCore of(CorePorts ports) {
        return new CustomerCore(ports, CorePolicies.DEFAULTS);
    }

    /** The hot reads check the token in their own read when the adapter can (decision 0012). */
    private static SignedInReads signedInReads(CorePorts p) {
        return p.accounts()
                .signedInReads()
                .orElseGet(() -> new TwoStepSignedInReads(
                        p.accounts().sessions(),
                        p.accounts().customers(),
                        p.orders().orders(),
                        p.payments().payments(),
                        p.payments().linkedCards(),
                        p.insight().orderRatings(),
                        p.orders().courierPositions()));
    }

    /** The ports this core was built from, for a runner that wires more around them. */
    public CorePorts ports() {
        return ports;
    }

    /** The policies this core follows. */
    public CorePolicies policies() {
        return policies;
    }

    /** Accounts and sessions: sign up, sign in and out, the profile and the password. */
    public AccountUseCases accounts() {
        return accounts;
    }

    /** The menu: browsing it, and changing it with {@code MenuManagement}. */
    public MenuUseCases menu() {
        return menu;
    }

    /** Orders: placing, following, cancelling, and the kitchen's and courier's news. */
    public OrderUseCases orders() {
        return orders;
    }

    /** Payments of prepaid orders, the providers' notices, and the sweep of unpaid orders. */
    public PaymentUseCases payments() {
        return payments;
    }

    /** The customer's saved cards, with {@code LinkedCardRepository}. */
    public CardUseCases cards() {
        return cards;
    }

    /** Live tracking: the courier's position and the order streams. */
    public TrackingUseCases tracking() {
        return tracking;
    }

    /** Ratings, statistics and the order report by e-mail. */
    public InsightUseCases insight() {
        return insight;
    }

    /** The event log as the company reads it: the feed, the relay and the purge. */
    public EventUseCases events() {
        return events;
    }
}
