package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.wiring.CorePolicies;
import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.customer.FastPasswordHasher;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.customer.InMemoryDeviceTokens;
import com.fooddelivery.customer.domain.customer.InMemorySignInAttempts;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.order.InMemoryCourierPositions;
import com.fooddelivery.customer.domain.order.InMemoryIdempotencyKeys;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.rating.InMemoryOrderRatings;
import com.fooddelivery.customer.domain.rating.InMemoryRestaurantRatings;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.RollingBackUnitOfWork;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;

/**
 * The use cases as bootstrap builds them, over the domain's in-memory fakes instead of PostgreSQL, and a
 * server of the route groups the route tests call: the menu, its management, accounts and orders. The unit
 * of work puts the menu, the orders and the payments back when a use case fails, as a rolled-back
 * transaction does, so "a refused request changes nothing" means here what it means end to end.
 */
final class CoreOverFakes {

    /** The most a menu item may cost here, as bootstrap's {@code MAX_PRICE}. */
    static final String MAX_PRICE = "500.00";

    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    final InMemorySessionRepository sessions = new InMemorySessionRepository();
    final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    final CustomerCore core;

    /** @param menuMaxAge how long a browse of the menu is reused, as bootstrap's {@code MENU_MAX_AGE} */
    CoreOverFakes(Duration menuMaxAge) {
        InMemoryOrderRatings ratings = new InMemoryOrderRatings();
        core = new CustomerCore(
                CorePorts.builder()
                        .unitOfWork(new RollingBackUnitOfWork(menu, orders, payments))
                        .clock(Clock.systemUTC())
                        .events(new InMemoryEventLog(customers, orders))
                        .customers(customers)
                        .hasher(new FastPasswordHasher())
                        .sessions(sessions)
                        .signInAttempts(new InMemorySignInAttempts())
                        .deviceTokens(new InMemoryDeviceTokens())
                        .catalog(menu)
                        .prices(menu)
                        .menuManagement(menu)
                        .orders(orders)
                        .idempotencyKeys(new InMemoryIdempotencyKeys())
                        .payments(payments)
                        .cards(noCardProcessor())
                        .orderHistory(orders)
                        .courierPositions(new InMemoryCourierPositions())
                        .orderRatings(ratings)
                        .restaurantRatings(new InMemoryRestaurantRatings(orders, ratings))
                        .linkedCards(new InMemoryLinkedCardRepository())
                        .build(),
                CorePolicies.DEFAULTS
                        .withMenuMaxAge(menuMaxAge)
                        .withPriceCeiling(new PriceCeiling(Money.of(MAX_PRICE, Currency.getInstance("EUR")))));
    }

    /**
     * Starts a server of the menu, menu management, account and order routes.
     *
     * @param serviceKeys  the keys its service routes take, as bootstrap's {@code SERVICE_KEYS}
     * @param pictureLimit the largest picture upload it takes, as bootstrap's {@code MAX_PICTURE_BYTES}
     */
    RouteServer serve(ServiceKeys serviceKeys, int pictureLimit) {
        MenuRoutes menuRoutes = new MenuRoutes(
                core.listCategories(),
                core.listMenuItems(),
                core.showMenuItem(),
                core.showPicture(),
                core.showItemRatings().orElseThrow());
        OpsMenuRoutes opsMenu = new OpsMenuRoutes(
                core.addCategory().orElseThrow(),
                core.changeCategory().orElseThrow(),
                core.replacePicture().orElseThrow(),
                core.removeCategory().orElseThrow(),
                core.addMenuItem().orElseThrow(),
                core.changeMenuItem().orElseThrow(),
                core.retireMenuItem().orElseThrow());
        AccountRoutes accounts = accountRoutes(core);
        OrderRoutes orderRoutes = orderRoutes(core);
        return RouteServer.start(core.authenticate(), serviceKeys, pictureLimit, (routes, responses, bodies) -> {
            menuRoutes.register(routes, responses);
            opsMenu.register(routes, responses, bodies);
            accounts.register(routes, responses, bodies);
            orderRoutes.register(routes, responses, bodies);
        });
    }

    /** The card processor the core requires: no route served here pays by card, so any call is a test's mistake. */
    private static CardProcessor noCardProcessor() {
        return (CardProcessor) Proxy.newProxyInstance(
                CardProcessor.class.getClassLoader(), new Class<?>[] {CardProcessor.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("no card processor on these routes: " + method.getName());
                });
    }

    /** The account routes over a core. */
    static AccountRoutes accountRoutes(CustomerCore core) {
        return new AccountRoutes(
                core.signUp(),
                core.signIn(),
                core.signOut(),
                core.listSessions(),
                core.showProfile(),
                core.changeProfile(),
                core.changePassword(),
                core.listLinkedCards().orElseThrow());
    }

    /** The order routes over a core, without mailing reports. */
    static OrderRoutes orderRoutes(CustomerCore core) {
        return new OrderRoutes(
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
                Optional.empty());
    }
}
