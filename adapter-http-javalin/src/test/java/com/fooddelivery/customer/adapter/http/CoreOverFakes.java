package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.payment.FakeBankQrIssuer;
import com.fooddelivery.customer.application.payment.FakeCardProcessor;
import com.fooddelivery.customer.application.payment.FakePaymentNoticeVerifier;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.wiring.CorePolicies;
import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.customer.FastPasswordHasher;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.customer.InMemoryDeviceTokens;
import com.fooddelivery.customer.domain.customer.InMemorySignInAttempts;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.event.InMemoryEventSignals;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.order.InMemoryCourierPositions;
import com.fooddelivery.customer.domain.order.InMemoryIdempotencyKeys;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.rating.InMemoryOrderRatings;
import com.fooddelivery.customer.domain.rating.InMemoryRestaurantRatings;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.RollingBackUnitOfWork;
import com.fooddelivery.customer.domain.statistics.InMemoryOrderStatistics;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

/**
 * The use cases as bootstrap builds them, over the domain's in-memory fakes and the use-case tests' payment
 * fakes instead of PostgreSQL and the payment providers, and servers of the route groups the route tests
 * call, or of the whole API. The unit of work puts the menu, the orders and the payments back when a use
 * case fails, as a rolled-back transaction does, so "a refused request changes nothing" means here what it
 * means end to end.
 */
final class CoreOverFakes {

    /** The most a menu item may cost here, as bootstrap's {@code MAX_PRICE}. */
    static final String MAX_PRICE = "500.00";

    /** The most live streams one instance and one customer hold open, as bootstrap's defaults. */
    private static final int MAX_STREAMS = 2_000;

    private static final int STREAMS_PER_CUSTOMER = 5;

    final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    final InMemorySessionRepository sessions = new InMemorySessionRepository();
    final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final InMemoryEventLog events = new InMemoryEventLog(customers, orders);
    private final InMemoryDeviceTokens deviceTokens = new InMemoryDeviceTokens();
    private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    private final InMemoryCourierPositions courierPositions = new InMemoryCourierPositions();
    private final InMemoryOrderRatings ratings = new InMemoryOrderRatings();
    private final InMemoryLinkedCardRepository linkedCards = new InMemoryLinkedCardRepository();
    final CustomerCore core;

    /** @param menuMaxAge how long a browse of the menu is reused, as bootstrap's {@code MENU_MAX_AGE} */
    CoreOverFakes(Duration menuMaxAge) {
        core = new CustomerCore(
                CorePorts.builder()
                        .unitOfWork(new RollingBackUnitOfWork(menu, orders, payments))
                        .clock(Clock.systemUTC())
                        .events(events)
                        .customers(customers)
                        .hasher(new FastPasswordHasher())
                        .sessions(sessions)
                        .signInAttempts(new InMemorySignInAttempts())
                        .deviceTokens(deviceTokens)
                        .catalog(menu)
                        .prices(menu)
                        .menuManagement(menu)
                        .orders(orders)
                        .idempotencyKeys(idempotencyKeys)
                        .payments(payments)
                        .cards(new FakeCardProcessor())
                        .bankQr(new FakeBankQrIssuer())
                        .paymentCallbacks(new FakePaymentNoticeVerifier())
                        .orderHistory(orders)
                        .courierPositions(courierPositions)
                        .orderRatings(ratings)
                        .restaurantRatings(new InMemoryRestaurantRatings(orders, ratings))
                        .linkedCards(linkedCards)
                        .orderStatistics(new InMemoryOrderStatistics(orders))
                        .eventFeed(events)
                        .customerEventFeed(events)
                        .eventSignals(new InMemoryEventSignals())
                        .build(),
                CorePolicies.DEFAULTS
                        .withMenuMaxAge(menuMaxAge)
                        .withPriceCeiling(new PriceCeiling(Money.of(MAX_PRICE, Currency.getInstance("EUR")))));
    }

    /**
     * Every store of the service's own data, as bootstrap keeps it in its tables; the failed sign-ins are
     * left out, since recording refusals is their job, and so are the payment providers, which are not the
     * service's data.
     */
    List<Object> stores() {
        return List.of(
                customers,
                sessions,
                deviceTokens,
                menu,
                orders,
                idempotencyKeys,
                payments,
                events,
                courierPositions,
                ratings,
                linkedCards);
    }

    /**
     * Starts a server of the menu, menu management, account and order routes.
     *
     * @param serviceKeys  the keys its service routes take, as bootstrap's {@code SERVICE_KEYS}
     * @param pictureLimit the largest picture upload it takes, as bootstrap's {@code MAX_PICTURE_BYTES}
     */
    RouteServer serve(ServiceKeys serviceKeys, int pictureLimit) {
        Streams streams = new Streams(core);
        HttpApi.Routes all = streams.routes(core);
        return RouteServer.start(
                core.accounts().authenticate(), serviceKeys, pictureLimit, streams, (routes, responses, bodies) -> {
                    all.menu().register(routes, responses);
                    all.opsMenu().register(routes, responses, bodies);
                    all.accounts().register(routes, responses, bodies);
                    all.orders().register(routes, responses, bodies);
                });
    }

    /**
     * Starts the whole API as bootstrap's {@code HttpAssembly} builds it, every route of the contract,
     * without mailing reports (no {@code SMTP_HOST}: the documented 501) and without per-client limits
     * (bootstrap's tests set them out of reach).
     *
     * @param serviceKeys  the keys its service routes take, as bootstrap's {@code SERVICE_KEYS}
     * @param pictureLimit the largest picture upload it takes, as bootstrap's {@code MAX_PICTURE_BYTES}
     */
    RouteServer serveEverything(ServiceKeys serviceKeys, int pictureLimit) {
        Streams streams = new Streams(core);
        HttpApi api = new HttpApi(
                streams.routes(core),
                core.accounts().authenticate(),
                new ServiceKeyCheck(serviceKeys),
                RouteServer.OPERATIONS,
                RateLimiting.off(),
                pictureLimit);
        return RouteServer.start(api, streams);
    }

    /** The live streams' reader and routes, which hold threads until closed, as bootstrap's {@code LiveTracking}. */
    private static final class Streams implements AutoCloseable {

        private final LiveEvents live;
        private final TrackingRoutes tracking;

        Streams(CustomerCore core) {
            live = core.tracking().liveEvents(MAX_STREAMS, STREAMS_PER_CUSTOMER).orElseThrow();
            tracking = new TrackingRoutes(
                    core.tracking().followOrders(live).orElseThrow(),
                    core.tracking().reportCourierPosition().orElseThrow());
        }

        /** Every route group over the core, as bootstrap wires them. */
        HttpApi.Routes routes(CustomerCore core) {
            return HttpApi.Routes.over(
                    core, ChallengePages.none(), Currency.getInstance("EUR"), Clock.systemUTC(), tracking);
        }

        @Override
        public void close() {
            tracking.close();
            live.close();
        }
    }
}
