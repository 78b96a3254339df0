package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.application.tracking.FollowOrders;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.tracking.ReportCourierPosition;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live streams' routes over the domain's fakes: what needs no database. The streams across
 * instances, woken by PostgreSQL, stay in bootstrap's end-to-end tests.
 */
class TrackingRoutesTest {

    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    /** A heartbeat far shorter than the service's, so that what it finds is found at once. */
    private final TrackingRoutes tracking = trackingRoutes(sessions, Duration.ofMillis(200));

    private final RouteServer server =
            RouteServer.start(new Authenticate(sessions, Clock.systemUTC()), ServiceKeys.none(), tracking::register);

    @AfterEach
    void stop() {
        // Streams first, as the service stops: a stopped server has nothing left to end them with.
        tracking.close();
        server.close();
    }

    /**
     * The session's end is when the stream ends, not a poll later: a session a few seconds from its
     * end stands for one of days (sign-in allows a minute at least, so the end-to-end tests cannot
     * wait for one to run out).
     */
    @Test
    void aStreamEndsWhenItsSessionEndsAndTheTokenIsRefusedAfterwards() throws Exception {
        Instant end = Instant.now().plusSeconds(3);
        String token = session(new CustomerId(7), end);

        try (SseClient stream =
                SseClient.open(server.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token)) {
            assertThat(stream.status()).as("open before the session's end").isEqualTo(200);

            assertThat(stream.expect(Duration.ofSeconds(30))).isEqualTo(SseClient.END);
            // Not before the end (half a second for the clocks' rounding), however long the opening took.
            assertThat(Instant.now()).as("ended at the session's end").isAfter(end.minusMillis(500));
        }
        while (Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        try (SseClient again =
                SseClient.open(server.port(), "/api/v1/orders/events", "Authorization", "Bearer " + token)) {
            assertThat(again.status()).isEqualTo(401);
            assertThat(again.response().headers().firstValue("WWW-Authenticate"))
                    .get()
                    .asString()
                    .startsWith("Bearer");
        }
    }

    @Test
    void aStreamOfAnOrderThatIsNotThereIs404AndAnUnknownTokenIs401() {
        String token = session(new CustomerId(8), Instant.now().plus(Duration.ofDays(1)));

        try (SseClient missing = SseClient.open(
                server.port(), "/api/v1/orders/" + OrderUid.random() + "/events", "Authorization", "Bearer " + token)) {
            assertThat(missing.status()).isEqualTo(404);
        }
        try (SseClient stranger = SseClient.open(
                server.port(),
                "/api/v1/orders/events",
                "Authorization",
                "Bearer " + SessionToken.generate(new SecureRandom()).reveal())) {
            assertThat(stranger.status()).isEqualTo(401);
        }
    }

    /**
     * A customer holds five streams at most; a quiet stream gets heartbeat comments, and one the client
     * closed is noticed at its next write, the heartbeat at the latest, which frees its place.
     */
    @Test
    void beyondFiveStreamsAreRefusedAndAClosedOneFreesItsPlaceByTheNextHeartbeat() throws Exception {
        String token = session(new CustomerId(9), Instant.now().plus(Duration.ofDays(1)));
        String path = "/api/v1/orders/events";
        List<SseClient> five = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                five.add(SseClient.open(server.port(), path, "Authorization", "Bearer " + token));
                assertThat(five.get(i).status()).isEqualTo(200);
            }
            try (SseClient sixth = SseClient.open(server.port(), path, "Authorization", "Bearer " + token)) {
                assertThat(sixth.status()).isEqualTo(429);
                assertThat(sixth.response().headers().firstValue("Retry-After")).isPresent();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (five.get(0).comments().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(five.get(0).comments())
                    .as("heartbeats of a quiet stream")
                    .isNotEmpty();
        } finally {
            five.forEach(SseClient::close);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            try (SseClient again = SseClient.open(server.port(), path, "Authorization", "Bearer " + token)) {
                status = again.status();
            }
            if (status != 200) {
                Thread.sleep(100);
            }
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(200);
    }

    /** A session that ends at {@code end}, as sign-in would have stored it. */
    private String session(CustomerId customer, Instant end) {
        SessionToken token = SessionToken.generate(new SecureRandom());
        sessions.add(new NewSession(customer, token.digest(), Instant.now(), end, "route test"));
        return token.reveal();
    }

    /** The routes over the domain's fakes; the only place this test names them. */
    private static TrackingRoutes trackingRoutes(InMemorySessionRepository sessions, Duration heartbeat) {
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        CourierPositions couriers = new NoCouriers();
        CustomerEventFeed feed = new EmptyFeed();
        EventSignals silence = listener -> () -> {};
        LiveEvents live = new LiveEvents(feed, silence, 10, 5);
        Clock clock = Clock.systemUTC();
        return new TrackingRoutes(
                new FollowOrders(orders, couriers, sessions, feed, live, clock),
                new ReportCourierPosition(
                        orders,
                        couriers,
                        new InMemoryUnitOfWork(),
                        clock,
                        new InMemoryEventLog(new InMemoryCustomerRepository())),
                heartbeat);
    }

    /** No courier has reported a position. */
    private static final class NoCouriers implements CourierPositions {
        @Override
        public Optional<CourierPosition> latest(OrderUid uid) {
            return Optional.empty();
        }

        @Override
        public void keep(OrderUid uid, CourierPosition position) {}
    }

    /** A log with nothing in it. */
    private static final class EmptyFeed implements CustomerEventFeed {
        @Override
        public long head() {
            return 0;
        }

        @Override
        public List<CustomerEvent> after(long position, int limit) {
            return List.of();
        }

        @Override
        public List<CustomerEvent> ofCustomer(CustomerId customerId, long position, int limit) {
            return List.of();
        }
    }
}
