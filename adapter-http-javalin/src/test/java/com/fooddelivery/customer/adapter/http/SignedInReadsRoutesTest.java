package com.fooddelivery.customer.adapter.http;

import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.session.SignIn;
import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.application.wiring.TwoStepSignedInReads;
import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.card.LinkedCardRepository;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.FastPasswordHasher;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.customer.InMemoryDeviceTokens;
import com.fooddelivery.customer.domain.customer.InMemorySignInAttempts;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.InMemoryCourierPositions;
import com.fooddelivery.customer.domain.order.InMemoryIdempotencyKeys;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderHistory;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.rating.InMemoryOrderRatings;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three hot reads ask the store once per request: their signed-in read, which checks the token
 * itself, and no other port, the token check's included (decision 0012). With
 * {@code OrderQueryCountTest}, which shows each such read to be one SQL statement, a request is one
 * round trip. The answers are those of every other customer route: 401 for a bad token before any
 * 400, 404 for someone else's order, bodies as the contract says.
 */
class SignedInReadsRoutesTest {

    private static final String PASSWORD = "correct horse battery";

    /** Calls of every port but the signed-in reads: each would be one more round trip. */
    private final AtomicInteger otherCalls = new AtomicInteger();

    private final AtomicInteger signedInReads = new AtomicInteger();

    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final InMemoryLinkedCardRepository cards = new InMemoryLinkedCardRepository();
    private final InMemoryOrderRatings ratings = new InMemoryOrderRatings();
    private final InMemoryCourierPositions couriers = new InMemoryCourierPositions();
    private final Map<String, CustomerId> ids = new HashMap<>();
    private CustomerCore core;
    private RouteServer server;
    private ContractClient client;

    @BeforeEach
    void start() {
        SignedInReads reads = new TwoStepSignedInReads(
                sessions, customers, orders, payments, Optional.of(cards), Optional.of(ratings), Optional.of(couriers));
        InMemoryMenuRepository menu = new InMemoryMenuRepository();
        core = CustomerCore.of(CorePorts.builder()
                .unitOfWork(new InMemoryUnitOfWork())
                .clock(Clock.systemUTC())
                .events(new InMemoryEventLog(customers))
                .customers(counted(CustomerRepository.class, customers, otherCalls))
                .hasher(new FastPasswordHasher())
                .sessions(counted(SessionRepository.class, sessions, otherCalls))
                .signInAttempts(new InMemorySignInAttempts())
                .deviceTokens(new InMemoryDeviceTokens())
                .catalog(menu)
                .prices(menu)
                .orders(counted(OrderRepository.class, orders, otherCalls))
                .idempotencyKeys(new InMemoryIdempotencyKeys())
                .payments(counted(PaymentRepository.class, payments, otherCalls))
                .cards(counted(CardProcessor.class, null, otherCalls))
                .orderHistory(counted(OrderHistory.class, orders, otherCalls))
                .courierPositions(counted(CourierPositions.class, couriers, otherCalls))
                .orderRatings(counted(OrderRatings.class, ratings, otherCalls))
                .linkedCards(counted(LinkedCardRepository.class, cards, otherCalls))
                .signedInReads(counted(SignedInReads.class, reads, signedInReads))
                .build());
        AccountRoutes accounts = HttpApi.accountRoutes(core);
        OrderRoutes orderRoutes = HttpApi.orderRoutes(core);
        server = RouteServer.start(core.accounts().authenticate(), ServiceKeys.none(), (routes, responses, bodies) -> {
            accounts.register(routes, responses, bodies);
            orderRoutes.register(routes, responses, bodies);
        });
        client = server.client();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String signedIn(String login, int n) {
        ids.put(
                login,
                core.accounts()
                        .signUp()
                        .signUp(SignUp.Command.of(login, login + "@example.org", "+49151000000" + n, PASSWORD))
                        .id());
        return core.accounts()
                .signIn()
                .signIn(new SignIn.Command(login, PASSWORD, "test"))
                .token()
                .reveal();
    }

    private CustomerId idOf(String login) {
        return ids.get(login);
    }

    private HttpResponse<byte[]> get(String path, String token) {
        return client.get(path, "Authorization", "Bearer " + token);
    }

    @Test
    void eachHotReadIsTheSignedInReadAlone() {
        String token = signedIn("anna", 1);
        Order order = anOrder().by(idOf("anna")).build();
        orders.add(order);
        for (String path : new String[] {
            "/api/v1/customers/me",
            "/api/v1/orders",
            "/api/v1/orders?limit=20&status=pending",
            "/api/v1/orders/" + order.uid()
        }) {
            otherCalls.set(0);
            signedInReads.set(0);

            HttpResponse<byte[]> response = get(path, token);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(signedInReads.get()).as(path + ": signed-in reads").isEqualTo(1);
            assertThat(otherCalls.get())
                    .as(path + ": any other port, the token check's included")
                    .isZero();
        }
        assertThat(ContractClient.json(get("/api/v1/customers/me", token))
                        .get("login")
                        .asText())
                .isEqualTo("anna");
        assertThat(ContractClient.json(get("/api/v1/orders/" + order.uid(), token))
                        .get("uid")
                        .asText())
                .isEqualTo(order.uid().toString());
    }

    @Test
    void anUnknownMalformedOrEndedTokenIsRefusedOnEachHotRead() {
        String token = signedIn("anna", 1);
        Order order = anOrder().by(idOf("anna")).build();
        orders.add(order);
        String[] paths = {"/api/v1/customers/me", "/api/v1/orders", "/api/v1/orders/" + order.uid()};
        for (String path : paths) {
            assertThat(get(path, "x".repeat(43)).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "not a token").statusCode()).as(path).isEqualTo(401);
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(401);
        }

        assertThat(client.call("DELETE", "/api/v1/sessions/current", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(204);

        for (String path : paths) {
            HttpResponse<byte[]> refused = get(path, token);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .get()
                    .asString()
                    .startsWith("Bearer");
        }
    }

    @Test
    void aBadTokenIsA401BeforeAnyInvalidParameterAndAGoodOneGetsThe400() {
        String token = signedIn("anna", 1);
        String unknown = "x".repeat(43);
        for (String path : new String[] {
            "/api/v1/orders?limit=0",
            "/api/v1/orders?cursor=nonsense",
            "/api/v1/orders?status=some",
            "/api/v1/orders/12"
        }) {
            assertThat(get(path, unknown).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, token).statusCode()).as(path).isEqualTo(400);
        }
    }

    @Test
    void anotherCustomersOrderIsNotFound() {
        String anna = signedIn("anna", 1);
        signedIn("bob", 2);
        Order bobs = anOrder().by(idOf("bob")).build();
        orders.add(bobs);

        assertThat(get("/api/v1/orders/" + bobs.uid(), anna).statusCode()).isEqualTo(404);
        assertThat(ContractClient.json(get("/api/v1/orders", anna)).get("orders"))
                .isEmpty();
    }

    /** The port, counting every call made through it; without a target, any call fails the request. */
    private static <T> T counted(Class<T> port, T target, AtomicInteger calls) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target == null ? new Object() : target, args);
            }
            calls.incrementAndGet();
            if (target == null) {
                throw new IllegalStateException(port.getSimpleName() + " is not called on these routes");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }));
    }
}
